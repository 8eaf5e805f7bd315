package dev.offeranalyzer.offer;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A named vesting schedule with where it comes from (SPEC section 3), as read from {@code
 * vesting_presets.properties}.
 *
 * @param name e.g. {@code google}
 * @param schedule the schedule as the data writes it, e.g. {@code 38/32/20/10 monthly}
 * @param companies lower-case company names whose offers default to this preset
 * @param source where the schedule comes from
 * @param asOf when the source was checked
 */
public record VestingPreset(
    String name, String schedule, List<String> companies, String source, LocalDate asOf) {
  public VestingPreset {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(schedule, "schedule");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(asOf, "asOf");
    companies = List.copyOf(companies);
  }
}
