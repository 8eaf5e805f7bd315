package dev.offeranalyzer.intake;

import java.util.List;
import java.util.Objects;

/**
 * What reading one file gave, besides the offers themselves (those went to the caller's sink).
 *
 * @param file the file name as the coach sees it
 * @param offersRead offers handed to the sink
 * @param rowsRejected rows that gave no offer because of problems (a row may have several)
 * @param rowsSkipped rows that are not offers and were skipped with a note (totals rows, notes
 *     under the table)
 * @param fileProblemCount problems of the whole file or of a whole sheet (row is null): the file or
 *     sheet could not be read
 * @param problemCount all problems, row and file level, whether collected here or not
 * @param problems every problem in input order; empty when the caller took them through its own
 *     consumer ({@link OfferReader#read(java.nio.file.Path, java.util.function.Consumer,
 *     java.util.function.Consumer)})
 * @param warnings notes about a file that was still read (unknown columns, encoding fallback, a
 *     header without offers, a sheet skipped for a misplaced header)
 */
public record FileResult(
    String file,
    int offersRead,
    int rowsRejected,
    int rowsSkipped,
    int fileProblemCount,
    int problemCount,
    List<Problem> problems,
    List<Warning> warnings) {

  public FileResult {
    Objects.requireNonNull(file, "file");
    problems = List.copyOf(problems);
    warnings = List.copyOf(warnings);
  }

  /** True when the file, or one of its sheets, could not be read at all. */
  public boolean fileRejected() {
    return fileProblemCount > 0;
  }

  /** True when nothing went wrong: no problem at all (warnings allowed). */
  public boolean clean() {
    return problemCount == 0;
  }
}
