package dev.offeranalyzer.batch;

import dev.offeranalyzer.report.summary.ErrorRow;
import dev.offeranalyzer.report.summary.SummaryRow;
import java.util.List;

/**
 * The outcome of one batch.
 *
 * @param reported the offers whose report was written, in input order
 * @param errors every rejected row or file
 * @param filesRead input files looked at
 * @param filesFailed input files that could not be read at all
 * @param stopped true when a stop request ended the batch before every offer was handled
 * @param fatal when the output could not take more writes (disk full, not writable): the file that
 *     could not be written and why, and the batch stopped there; otherwise null
 */
public record BatchResult(
    List<SummaryRow> reported,
    List<ErrorRow> errors,
    int filesRead,
    int filesFailed,
    boolean stopped,
    String fatal) {
  public BatchResult {
    reported = List.copyOf(reported);
    errors = List.copyOf(errors);
  }

  /** A batch that was not stopped by a full or unwritable output. */
  public BatchResult(
      List<SummaryRow> reported,
      List<ErrorRow> errors,
      int filesRead,
      int filesFailed,
      boolean stopped) {
    this(reported, errors, filesRead, filesFailed, stopped, null);
  }

  /** A batch that ran to its end. */
  public BatchResult(
      List<SummaryRow> reported, List<ErrorRow> errors, int filesRead, int filesFailed) {
    this(reported, errors, filesRead, filesFailed, false);
  }

  /**
   * 0 when every offer was reported, 1 when some rows or files were rejected, 3 when the output
   * could not take more writes (SPEC section 1).
   */
  public int exitCode() {
    if (fatal != null) {
      return 3;
    }
    return errors.isEmpty() ? 0 : 1;
  }
}
