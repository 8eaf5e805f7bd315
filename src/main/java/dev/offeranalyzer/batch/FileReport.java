package dev.offeranalyzer.batch;

import dev.offeranalyzer.report.summary.ErrorRow;
import java.util.List;

/**
 * What reading one input file gave.
 *
 * @param offersRead valid offers passed on
 * @param rowsRejected rows that gave no offer (a row with several problems counts once)
 * @param problems rejected rows, or one problem for a file that could not be read at all
 * @param notes what the coach should know that rejected nothing (title rows, totals rows skipped,
 *     placeholders, unknown columns), each with its severity ({@code note}, or {@code warning} for
 *     a look-alike column)
 * @param fileFailed true when the file could not be read at all
 * @param rowsSkipped rows that are not offers, skipped with a note (totals rows, notes under the
 *     table)
 */
public record FileReport(
    String file,
    int offersRead,
    int rowsRejected,
    List<ErrorRow> problems,
    List<ErrorRow> notes,
    boolean fileFailed,
    int rowsSkipped) {
  public FileReport {
    problems = List.copyOf(problems);
    notes = List.copyOf(notes);
  }

  /** A file without skipped rows. */
  public FileReport(
      String file,
      int offersRead,
      int rowsRejected,
      List<ErrorRow> problems,
      List<ErrorRow> notes,
      boolean fileFailed) {
    this(file, offersRead, rowsRejected, problems, notes, fileFailed, 0);
  }
}
