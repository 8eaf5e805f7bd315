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
 */
public record BatchResult(
    List<SummaryRow> reported, List<ErrorRow> errors, int filesRead, int filesFailed) {
  public BatchResult {
    reported = List.copyOf(reported);
    errors = List.copyOf(errors);
  }

  /** 0 when every offer was reported, 1 when some rows or files were rejected (SPEC section 1). */
  public int exitCode() {
    return errors.isEmpty() ? 0 : 1;
  }
}
