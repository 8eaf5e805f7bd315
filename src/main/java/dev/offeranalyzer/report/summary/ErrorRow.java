package dev.offeranalyzer.report.summary;

import dev.offeranalyzer.offer.Places;
import java.util.Locale;
import java.util.Objects;

/**
 * One line of the {@code Errors} sheet: a rejected row or file, a warning, or a note about a
 * decision the tool made while reading a file (a skipped totals row, a title row, a qualified id).
 *
 * @param sheet null for CSV files
 * @param row 1-based row as a spreadsheet shows it, or null for a whole-file problem
 * @param column null when the problem is not about one column
 * @param value the offending raw value, or null
 * @param severity how serious it is; never null
 */
public record ErrorRow(
    String file,
    String sheet,
    Integer row,
    String column,
    String value,
    String message,
    Severity severity) {

  /** How serious a line of the Errors sheet is. */
  public enum Severity {
    /** A row or file was rejected. */
    ERROR,
    /** Nothing was rejected, but the coach must look (the run exits 1): a look-alike column. */
    WARNING,
    /** A decision the tool made and says so; nothing lost. */
    NOTE;

    /**
     * As the Errors sheet and the console show it: {@code error}, {@code warning}, {@code note}.
     */
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }

    /** True for what makes the run exit 1. */
    public boolean counts() {
      return this != NOTE;
    }
  }

  public ErrorRow {
    Objects.requireNonNull(severity, "severity");
  }

  /** A rejected row or file. */
  public ErrorRow(
      String file, String sheet, Integer row, String column, String value, String message) {
    this(file, sheet, row, column, value, message, Severity.ERROR);
  }

  /** One line for the console and {@code .error.txt} files (see {@link Places#describe}). */
  public String describe() {
    return Places.describe(file, sheet, row, column, value, message);
  }

  /** True for a note (nothing rejected, nothing to act on). */
  public boolean isNote() {
    return severity == Severity.NOTE;
  }
}
