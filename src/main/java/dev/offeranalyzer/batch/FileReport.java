package dev.offeranalyzer.batch;

import dev.offeranalyzer.report.summary.ErrorRow;
import java.util.List;

/**
 * What reading one input file gave.
 *
 * @param offersRead valid offers passed on
 * @param rowsRejected rows that gave no offer (a row with several problems counts once)
 * @param problems rejected rows, or one problem for a file that could not be read at all
 * @param warnings things the coach should know that rejected nothing (e.g. unknown columns)
 * @param fileFailed true when the file could not be read at all
 */
public record FileReport(
    String file,
    int offersRead,
    int rowsRejected,
    List<ErrorRow> problems,
    List<String> warnings,
    boolean fileFailed) {
  public FileReport {
    problems = List.copyOf(problems);
    warnings = List.copyOf(warnings);
  }
}
