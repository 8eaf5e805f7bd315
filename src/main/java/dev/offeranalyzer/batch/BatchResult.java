package dev.offeranalyzer.batch;

import dev.offeranalyzer.report.summary.ErrorRow;
import dev.offeranalyzer.report.summary.SummaryRow;
import java.util.ArrayList;
import java.util.List;

/**
 * The outcome of one batch.
 *
 * @param reported the offers whose report was written, in input order, as {@link
 *     SummaryRow#brief()} rows (the state store holds them whole)
 * @param errors every rejected row or file, and every warning (severity error or warning)
 * @param filesRead input files looked at
 * @param filesFailed input files that could not be read at all
 * @param stopped true when a stop request ended the batch before every offer was handled
 * @param notes decisions the tool made that rejected nothing (severity note)
 * @param rowsRejected rows (and files) that gave no offer, each counted once however many problems
 *     it had
 * @param rowsSkipped rows that are not offers (totals rows, notes under a table)
 * @param fatal when the output could not take more writes (disk full, not writable): the file that
 *     could not be written and why, and the batch stopped there; otherwise null
 */
public record BatchResult(
    List<SummaryRow> reported,
    List<ErrorRow> errors,
    int filesRead,
    int filesFailed,
    boolean stopped,
    List<ErrorRow> notes,
    int rowsRejected,
    int rowsSkipped,
    String fatal) {
  public BatchResult {
    reported = List.copyOf(reported);
    errors = List.copyOf(errors);
    notes = List.copyOf(notes);
  }

  /** A batch that the output could take, with notes and row counts. */
  public BatchResult(
      List<SummaryRow> reported,
      List<ErrorRow> errors,
      int filesRead,
      int filesFailed,
      boolean stopped,
      List<ErrorRow> notes,
      int rowsRejected,
      int rowsSkipped) {
    this(reported, errors, filesRead, filesFailed, stopped, notes, rowsRejected, rowsSkipped, null);
  }

  /**
   * A batch whose errors are all rejected rows or files, without notes, not stopped by a full or
   * unwritable output.
   */
  public BatchResult(
      List<SummaryRow> reported,
      List<ErrorRow> errors,
      int filesRead,
      int filesFailed,
      boolean stopped) {
    this(reported, errors, filesRead, filesFailed, stopped, List.of(), errors.size(), 0);
  }

  /** A batch that ran to its end. */
  public BatchResult(
      List<SummaryRow> reported, List<ErrorRow> errors, int filesRead, int filesFailed) {
    this(reported, errors, filesRead, filesFailed, false);
  }

  /**
   * The Errors sheet's lines: the errors and warnings first, as found, so a coach sees what needs
   * fixing at the top; then the notes, file by file.
   */
  public List<ErrorRow> errorsAndNotes() {
    List<ErrorRow> all = new ArrayList<>(errors.size() + notes.size());
    all.addAll(errors);
    all.addAll(notes);
    return all;
  }

  /**
   * 0 when every offer was reported, 1 when some rows or files were rejected or a warning asks the
   * coach to look, 3 when the output could not take more writes (SPEC section 1).
   */
  public int exitCode() {
    if (fatal != null) {
      return 3;
    }
    return errors.isEmpty() ? 0 : 1;
  }
}
