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
 */
public record BatchResult(
    List<SummaryRow> reported,
    List<ErrorRow> errors,
    int filesRead,
    int filesFailed,
    boolean stopped) {
  public BatchResult {
    reported = List.copyOf(reported);
    errors = List.copyOf(errors);
  }

  /** A batch that ran to its end. */
  public BatchResult(
      List<SummaryRow> reported, List<ErrorRow> errors, int filesRead, int filesFailed) {
    this(reported, errors, filesRead, filesFailed, false);
  }

  /** 0 when every offer was reported, 1 when some rows or files were rejected (SPEC section 1). */
  public int exitCode() {
    return errors.isEmpty() ? 0 : 1;
  }
}
