package dev.offeranalyzer.intake;

import dev.offeranalyzer.offer.Offer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/** The running state of reading one file: where offers and problems go, and the counts. */
final class FileCollector {

  private final String file;
  private final String stem;
  private final Consumer<Offer> offers;
  private final Consumer<Problem> problems;
  private final List<Warning> warnings = new ArrayList<>();
  // Offer ids seen in this file, to where they were first seen; grows with the file, but only by
  // one short string per offer (100,000 offers are a few megabytes).
  private final Map<String, String> idsSeen = new HashMap<>();
  private int offersRead;
  private int rowsRejected;
  private int fileProblems;
  private int problemCount;
  private int headerSheets;
  private int rowsSkipped;

  FileCollector(String file, Consumer<Offer> offers, Consumer<Problem> problems) {
    this.file = Objects.requireNonNull(file, "file");
    int dot = file.lastIndexOf('.');
    this.stem = dot > 0 ? file.substring(0, dot) : file;
    this.offers = offers;
    this.problems = problems;
  }

  String file() {
    return file;
  }

  /** The file name without its extension, for default offer ids. */
  String stem() {
    return stem;
  }

  /** Counts a sheet with a header; the first one gets the plain default ids. */
  int nextHeaderSheet() {
    return headerSheets++;
  }

  int headerSheets() {
    return headerSheets;
  }

  /** Where an offer id was first used in this file, or null; remembers {@code where} for it. */
  String firstUse(String offerId, String where) {
    return idsSeen.putIfAbsent(offerId, where);
  }

  void offer(Offer offer) {
    offersRead++;
    deliver(offers, offer);
  }

  void rejected(List<Problem> rowProblems) {
    rowsRejected++;
    rowProblems.forEach(this::problem);
  }

  /** A problem of the whole file or sheet. */
  void fileProblem(String sheet, String message) {
    fileProblems++;
    problem(new Problem(file, sheet, null, null, null, message));
  }

  void fileProblem(Problem p) {
    fileProblems++;
    problem(p);
  }

  void warn(String sheet, String message) {
    warnings.add(new Warning(file, sheet, message));
  }

  void warn(Warning w) {
    warnings.add(w);
  }

  /** A row that is not an offer and not an error (a totals row, a note under the table). */
  void skipped(Warning why) {
    rowsSkipped++;
    warnings.add(why);
  }

  int rowsSkipped() {
    return rowsSkipped;
  }

  int offersRead() {
    return offersRead;
  }

  int rowsRejected() {
    return rowsRejected;
  }

  int problemCount() {
    return problemCount;
  }

  FileResult result(List<Problem> collected) {
    return new FileResult(
        file,
        offersRead,
        rowsRejected,
        rowsSkipped,
        fileProblems,
        problemCount,
        collected,
        warnings);
  }

  private void problem(Problem p) {
    problemCount++;
    deliver(problems, p);
  }

  private static <T> void deliver(Consumer<T> sink, T item) {
    try {
      sink.accept(item);
    } catch (RuntimeException e) {
      throw new SinkException(e);
    }
  }

  /**
   * An exception thrown by the caller's own consumer: a bug on the caller's side, not bad input, so
   * it must pass through the reader's safety net unchanged.
   */
  static final class SinkException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    SinkException(RuntimeException cause) {
      super(cause);
    }
  }
}
