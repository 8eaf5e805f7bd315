package dev.offeranalyzer.market;

import java.util.Locale;
import java.util.Optional;

/** A component of a market band row (SPEC section 5), with its name in the bands CSV. */
public enum Component {
  BASE("base", "Base salary"),
  EQUITY_4YR("equity_4yr", "RSU grant (4 years)"),
  SIGNING("signing", "Sign-on (both years)"),
  TOTAL_YEAR_1("total_year_1", "Year 1 total"),
  BASE_CAP("base_cap", "Base salary cap");

  private final String csvName;
  private final String label;

  Component(String csvName, String label) {
    this.csvName = csvName;
    this.label = label;
  }

  public String csvName() {
    return csvName;
  }

  public String label() {
    return label;
  }

  public static Optional<Component> fromCsvName(String name) {
    String n = name.trim().toLowerCase(Locale.ROOT);
    for (Component c : values()) {
      if (c.csvName.equals(n)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }
}
