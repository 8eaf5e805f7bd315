package dev.offeranalyzer.intake;

import dev.offeranalyzer.offer.Places;
import java.util.Objects;

/**
 * A note about a file that was still read: a decision the tool made (a title row skipped, a totals
 * row skipped, placeholders read as "not given", European numbers) or something the coach should
 * look at (a column that looks like a known one but was not matched).
 *
 * @param file the file name (never null)
 * @param sheet the sheet name for workbooks, null for CSV and whole-file notes
 * @param row the 1-based row the note is about, or null
 * @param column the column (as the coach wrote it, with the matched name), or null
 * @param value the raw value the note is about, or null
 * @param message the note
 * @param mustLook true when the coach must act (the run exits 1): a look-alike column
 */
public record Warning(
    String file,
    String sheet,
    Integer row,
    String column,
    String value,
    String message,
    boolean mustLook) {

  public Warning {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(message, "message");
  }

  /** A note about a whole file or sheet. */
  public Warning(String file, String sheet, String message) {
    this(file, sheet, null, null, null, message, false);
  }

  /** E.g. {@code offers.csv: unknown columns ignored: notes, recruiter}. */
  public String describe() {
    return Places.describe(file, sheet, row, column, value, message);
  }
}
