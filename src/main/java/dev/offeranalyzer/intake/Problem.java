package dev.offeranalyzer.intake;

import dev.offeranalyzer.offer.Places;
import java.util.Objects;

/**
 * Something wrong with the input, reported as data: a bad value in a row, a row that cannot be
 * read, or a file (or sheet) that cannot be read at all.
 *
 * @param file the file name as the coach sees it (never null)
 * @param sheet the sheet name for workbooks, null for CSV and for problems of the whole file
 * @param row the 1-based row number as a spreadsheet shows it, null for a problem of the whole file
 *     or sheet
 * @param column the canonical column name (e.g. {@code base_salary}), null when no single column is
 *     at fault
 * @param value the raw value as found in the input, null when there is none (a missing value)
 * @param message what is wrong, phrased to follow the value, e.g. {@code is not an amount}
 */
public record Problem(
    String file, String sheet, Integer row, String column, String value, String message) {

  /** Longest raw value kept; a giant cell must not be copied into every report. */
  static final int MAX_VALUE_CHARS = 200;

  public Problem {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(message, "message");
    if (value != null && value.length() > MAX_VALUE_CHARS) {
      value = value.substring(0, MAX_VALUE_CHARS) + "…";
    }
  }

  /** A problem of the whole file: it could not be read at all. */
  public static Problem ofFile(String file, String message) {
    return new Problem(file, null, null, null, null, message);
  }

  /** True when no single row is at fault: the whole file or sheet could not be read. */
  public boolean isFileLevel() {
    return row == null;
  }

  /**
   * One line for logs, error sheets and {@code .error.txt} files, e.g. {@code offers.csv row 7,
   * base_salary: "two hundred" is not an amount} or {@code broken.xlsx: the file is encrypted
   * (password-protected); remove the password and save again}.
   */
  public String describe() {
    return Places.describe(file, sheet, row, column, value, message);
  }
}
