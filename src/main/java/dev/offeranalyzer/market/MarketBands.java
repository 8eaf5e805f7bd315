package dev.offeranalyzer.market;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The bands of one company, level and location, by component (only those the data has).
 *
 * @param company the company as spelled in the data
 * @param level the canonical level, e.g. {@code L6}
 * @param location the canonical location, e.g. {@code Bay Area}
 */
public record MarketBands(
    String company, String level, String location, Map<Component, Band> bands) {

  public MarketBands {
    Objects.requireNonNull(company, "company");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(location, "location");
    EnumMap<Component, Band> copy = new EnumMap<>(Component.class);
    copy.putAll(bands);
    bands = Collections.unmodifiableMap(copy);
  }

  public Optional<Band> get(Component component) {
    return Optional.ofNullable(bands.get(component));
  }

  /** E.g. {@code Amazon L6 Seattle}. */
  public String describe() {
    return company + " " + level + " " + location;
  }
}
