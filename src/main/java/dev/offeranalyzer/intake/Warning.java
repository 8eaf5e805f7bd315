package dev.offeranalyzer.intake;

import java.util.Objects;

/**
 * A note about a file that was still read, e.g. unknown columns that were ignored or a CSV that was
 * not UTF-8.
 *
 * @param file the file name (never null)
 * @param sheet the sheet name for workbooks, null for CSV and whole-file notes
 * @param message the note
 */
public record Warning(String file, String sheet, String message) {

  public Warning {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(message, "message");
  }

  /** E.g. {@code offers.csv: unknown columns ignored: notes, recruiter}. */
  public String describe() {
    return file + (sheet == null ? "" : " [" + sheet + "]") + ": " + message;
  }
}
