package dev.offeranalyzer.report.summary;

import dev.offeranalyzer.offer.Places;

/**
 * One line of the {@code Errors} sheet: a rejected row or file.
 *
 * @param sheet null for CSV files
 * @param row 1-based row as a spreadsheet shows it, or null for a whole-file problem
 * @param column null when the problem is not about one column
 * @param value the offending raw value, or null
 */
public record ErrorRow(
    String file, String sheet, Integer row, String column, String value, String message) {

  /** One line for the console and {@code .error.txt} files (see {@link Places#describe}). */
  public String describe() {
    return Places.describe(file, sheet, row, column, value, message);
  }
}
