package dev.offeranalyzer.offer;

import java.util.Locale;
import java.util.Optional;

/** Tax filing status (SPEC section 2): single, or married filing jointly. */
public enum FilingStatus {
  SINGLE("single"),
  MARRIED("married");

  private final String csvName;

  FilingStatus(String csvName) {
    this.csvName = csvName;
  }

  /** The name used in input files and tax tables: {@code single} or {@code married}. */
  public String csvName() {
    return csvName;
  }

  /**
   * Reads an input spelling, case-insensitively: {@code single}; {@code married}, {@code mfj},
   * {@code joint}, {@code married_joint} (also with spaces or dashes).
   */
  public static Optional<FilingStatus> parse(String text) {
    String t = text.trim().toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", "_");
    return switch (t) {
      case "single", "s" -> Optional.of(SINGLE);
      case "married", "mfj", "joint", "married_joint", "married_filing_jointly" ->
          Optional.of(MARRIED);
      default -> Optional.empty();
    };
  }
}
