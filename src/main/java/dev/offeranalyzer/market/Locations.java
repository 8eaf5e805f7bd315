package dev.offeranalyzer.market;

import java.util.Locale;
import java.util.Map;

/** Canonical names of the markets the bands know, shared by the bands parser and the intake. */
public final class Locations {

  private static final Map<String, String> ALIASES =
      Map.ofEntries(
          Map.entry("bay area", "Bay Area"),
          Map.entry("bay_area", "Bay Area"),
          Map.entry("sf", "Bay Area"),
          Map.entry("sf bay area", "Bay Area"),
          Map.entry("san francisco", "Bay Area"),
          Map.entry("san francisco bay area", "Bay Area"),
          Map.entry("nyc", "NYC"),
          Map.entry("new york", "NYC"),
          Map.entry("new york city", "NYC"),
          Map.entry("seattle", "Seattle"),
          Map.entry("austin", "Austin"));

  private Locations() {}

  /**
   * The canonical name of a location: {@code SF}, {@code San Francisco} and {@code Bay Area} give
   * {@code Bay Area}; {@code New York}, {@code New York City} and {@code NYC} give {@code NYC};
   * {@code seattle} gives {@code Seattle}; {@code austin} gives {@code Austin} (case-insensitive,
   * surrounding and repeated spaces ignored). Any other name comes back trimmed, its inner spaces
   * collapsed. Null or blank gives null.
   */
  public static String canonical(String location) {
    if (location == null || location.isBlank()) {
      return null;
    }
    String trimmed = location.trim().replaceAll("\\s+", " ");
    return ALIASES.getOrDefault(trimmed.toLowerCase(Locale.ROOT), trimmed);
  }

  /** True when {@code location} is one of the spellings {@link #canonical} knows. */
  public static boolean isKnown(String location) {
    String c = canonical(location);
    return c != null && ALIASES.containsValue(c);
  }

  /** A case-insensitive lookup key for {@link #canonical(String)}; null for null or blank. */
  static String key(String location) {
    String c = canonical(location);
    return c == null ? null : c.toLowerCase(Locale.ROOT);
  }
}
