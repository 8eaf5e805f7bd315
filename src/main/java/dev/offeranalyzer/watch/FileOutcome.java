package dev.offeranalyzer.watch;

import dev.offeranalyzer.batch.BatchResult;
import dev.offeranalyzer.batch.InputFiles;
import dev.offeranalyzer.report.summary.ErrorRow;
import dev.offeranalyzer.watch.InputMover.Destination;
import java.util.List;

/**
 * What becomes of a file {@code watch} has read, and the note a coach finds beside it. Pure.
 *
 * <p>A file with at least one reported offer goes to {@code processed/}; when some of its rows were
 * rejected, its note lists them. A file with no reported offer (unreadable, empty, or every row
 * rejected) goes to {@code failed/} with a note saying why.
 *
 * @param note the text of {@code NAME.error.txt}, or null when there is nothing to explain
 * @param summary a short account for the console, e.g. {@code 12 offers reported, 2 rows rejected}
 */
public record FileOutcome(Destination destination, String note, String summary) {

  private static final String AGAIN =
      "Offers already reported from an earlier copy are updated, never duplicated.";

  /** The outcome of one file's batch. */
  public static FileOutcome of(String fileName, BatchResult result, String when) {
    int reported = result.reported().size();
    List<ErrorRow> errors = result.errors();
    String counts =
        count(reported, "offer") + " reported, " + count(errors.size(), "row") + " rejected";
    if (result.filesFailed() > 0) {
      return new FileOutcome(
          Destination.FAILED,
          note(
              fileName + " could not be read, so nothing in it was reported.",
              "Why:",
              errors,
              "What to do: put right what is listed above (an .xlsx or .csv file, not"
                  + " password-protected, with a header row) and drop it into the folder again.",
              when),
          "could not be read");
    }
    if (reported == 0 && errors.isEmpty()) {
      return new FileOutcome(
          Destination.FAILED,
          fileName
              + " holds no offers: there is no row with data below its header row.\n\n"
              + "What to do: fill in one offer per row (the template command writes a blank"
              + " workbook with the right headers) and drop it into the folder again.\n\n"
              + stamp(when),
          "no offers in it");
    }
    if (reported == 0) {
      return new FileOutcome(
          Destination.FAILED,
          note(
              fileName + " holds no offer that could be reported: every row was rejected.",
              "Rejected rows:",
              errors,
              "What to do: correct these rows and drop the file into the folder again.",
              when),
          counts);
    }
    if (errors.isEmpty()) {
      return new FileOutcome(Destination.PROCESSED, null, counts);
    }
    return new FileOutcome(
        Destination.PROCESSED,
        note(
            fileName
                + " was read: "
                + count(reported, "offer")
                + " reported, but "
                + count(errors.size(), "row")
                + " rejected. Rejected rows are in no report and not in summary.xlsx.",
            "Rejected rows:",
            errors,
            "What to do: correct these rows and drop the file (or a file with just these rows)"
                + " into the folder again. "
                + AGAIN,
            when),
        counts + " (see its .error.txt)");
  }

  /** A file whose name says it is no spreadsheet: it is not read at all. */
  public static FileOutcome notAnOffersFile(String fileName, String when) {
    return new FileOutcome(
        Destination.FAILED,
        fileName
            + " was not read: Offer Analyzer reads offers from "
            + String.join(", ", InputFiles.READ.stream().sorted().map(e -> "." + e).toList())
            + " files only.\n\n"
            + "What to do: save the offers as .xlsx or .csv and drop that file into the folder.\n\n"
            + stamp(when),
        "not a spreadsheet");
  }

  private static String note(
      String headline, String listTitle, List<ErrorRow> errors, String todo, String when) {
    StringBuilder sb = new StringBuilder(headline).append("\n\n").append(listTitle).append('\n');
    for (ErrorRow e : errors) {
      sb.append("  - ").append(e.describe()).append('\n');
    }
    return sb.append('\n').append(todo).append("\n\n").append(stamp(when)).toString();
  }

  private static String stamp(String when) {
    return "Checked by Offer Analyzer on " + when + ".\n";
  }

  private static String count(int n, String what) {
    return n + " " + what + (n == 1 ? "" : "s");
  }
}
