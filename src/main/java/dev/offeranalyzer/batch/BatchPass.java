package dev.offeranalyzer.batch;

import dev.offeranalyzer.delivery.DeliveryException;
import dev.offeranalyzer.delivery.DeliveryReport;
import dev.offeranalyzer.delivery.DeliveryState;
import dev.offeranalyzer.delivery.Ledger;
import dev.offeranalyzer.delivery.ReportMail;
import dev.offeranalyzer.output.OutputFolder;
import dev.offeranalyzer.output.StateException;
import dev.offeranalyzer.output.SummaryFile;
import dev.offeranalyzer.rules.Analysis;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One batch pass over some input files, the same for {@code run} (once) and {@code watch} (once per
 * settled file): read, analyse, render, record each result in the folder's state, rewrite {@code
 * summary.xlsx}, deliver the email, and give one outcome with its exit code. The run is recorded in
 * the state's {@code runs} table from start to end.
 */
public final class BatchPass {

  /** What the pass needs of email delivery. */
  public interface Mailer {
    /** The message for a written report; empty when the candidate has no address. */
    Optional<ReportMail> mail(Analysis analysis, Path pdf);

    /**
     * Writes (and with {@code --send} sends) the messages.
     *
     * @throws DeliveryException when the outbox cannot be used
     */
    DeliveryReport deliver(Path outputDir, Ledger ledger, List<ReportMail> mails);

    /** A hint after the email line (e.g. how to send a dry run's messages), or empty. */
    default String hint(DeliveryReport report) {
      return "";
    }
  }

  /** Exit code: fatal, the output folder cannot take more writes (as {@code Main.FATAL}). */
  public static final int FATAL = 3;

  /** Exit code: reports written, but email asked for with --send did not all go ({@code Main}). */
  public static final int EMAIL = 4;

  /**
   * What a pass did.
   *
   * @param delivery what delivery did, or null when it did not run (stopped, or it failed)
   * @param exitCode the exit code it calls for (SPEC section 1); of several, the highest
   * @param closing the line said after the run's "Done" line, even with --quiet: why the batch
   *     stopped (a full disk, naming the file), or the email line when --send did not all go; or
   *     null
   */
  public record Outcome(BatchResult result, DeliveryReport delivery, int exitCode, String closing) {

    /** The line for after "Done", if any. */
    public Optional<String> closingLine() {
      return Optional.ofNullable(closing);
    }
  }

  private final Batch batch;
  private final OutputFolder folder;
  private final Mailer mailer;
  private final List<Map.Entry<String, String>> assumptions;
  private final Console console;
  private final Clock clock;
  private final String command;

  public BatchPass(
      Batch batch,
      OutputFolder folder,
      Mailer mailer,
      List<Map.Entry<String, String>> assumptions,
      Console console,
      Clock clock,
      String command) {
    this.batch = batch;
    this.folder = folder;
    this.mailer = mailer;
    this.assumptions = List.copyOf(assumptions);
    this.console = console;
    this.clock = clock;
    this.command = command;
  }

  /**
   * Runs the pass over {@code files}. A full or unwritable output stops it with exit code 3 and a
   * closing line naming the file; the previous summary is then left as it was and no email goes.
   */
  public Outcome run(List<Path> files) {
    long runId = folder.state().startRun(command, clock.instant());
    long t0 = System.nanoTime();
    List<ReportMail> mails = new ArrayList<>();
    BatchResult result =
        batch.run(
            files,
            folder.dir(),
            (a, row, findings, pdf) -> {
              Optional<ReportMail> mail = mailer.mail(a, pdf);
              folder.record(row, findings, mail.map(ReportMail::contentKey).orElse(null));
              mail.ifPresent(mails::add);
            });
    // A stopped batch read only its first files; the others keep what they had.
    List<Path> read = files.subList(0, Math.min(files.size(), result.filesRead()));
    try {
      folder.putErrors(read, result.errorsAndNotes());
    } catch (StateException e) {
      if (result.fatal() == null) {
        throw e;
      }
      // The disk is full: the batch already stops with the file it could not write.
      console.detail("the Errors sheet keeps its earlier lines: " + e.getMessage());
    }
    long t1 = System.nanoTime();
    int exit = result.exitCode();
    String closing = null;
    if (result.fatal() != null) {
      closing =
          "error: "
              + result.fatal()
              + "; the batch stopped there (reports written so far are kept; nothing is"
              + " half-written). Free space or fix the folder and run again to complete it.";
    }
    boolean summaryWritten = writeSummary();
    if (!summaryWritten) {
      exit = Math.max(exit, FATAL);
    }
    long t2 = System.nanoTime();
    DeliveryReport delivery = null;
    if (result.fatal() != null || !summaryWritten) {
      if (!mails.isEmpty()) {
        console.always("Email: nothing written or sent, as the output folder cannot be written");
      }
    } else if (!result.stopped()) {
      try {
        delivery = mailer.deliver(folder.dir(), folder.ledger(), mails);
        delivery.errors().forEach(e -> console.always("  " + e));
        if (delivery.written()
                + delivery.sent()
                + delivery.pending()
                + delivery.failed()
                + delivery.alreadySent()
                + delivery.waiting()
                + delivery.uncertain()
            == 0) {
          console.detail("Email: no candidate in this batch has an email address");
        } else if (delivery.notAllWent()) {
          closing = delivery.summaryLine();
        } else {
          console.info(delivery.summaryLine() + mailer.hint(delivery));
        }
        if (delivery.notAllWent()) {
          exit = Math.max(exit, EMAIL);
        } else if (delivery.failed() > 0) {
          exit = Math.max(exit, 1);
        }
      } catch (DeliveryException e) {
        // The outbox cannot be written (disk full, permissions) or is held: fatal.
        console.always("error: email: " + e.getMessage());
        exit = Math.max(exit, FATAL);
      }
      // The Email sheet shows what delivery just did.
      if (!writeSummary()) {
        exit = Math.max(exit, FATAL);
      }
    }
    long t3 = System.nanoTime();
    console.detail(
        String.format(
            java.util.Locale.ROOT,
            "Timing: batch %d ms, summary.xlsx %d ms, email (and summary again) %d ms",
            (t1 - t0) / 1_000_000,
            (t2 - t1) / 1_000_000,
            (t3 - t2) / 1_000_000));
    List<dev.offeranalyzer.delivery.LedgerEntry> uncertain =
        folder.ledger().inState(DeliveryState.UNCERTAIN);
    if (!uncertain.isEmpty()) {
      console.always(
          "  "
              + uncertain.size()
              + (uncertain.size() == 1 ? " message is" : " messages are")
              + " held as uncertain (the run ended or the server went silent after the message"
              + " went out; it may have been delivered): "
              + String.join(
                  ", ",
                  uncertain.stream()
                      .limit(10)
                      .map(m -> m.offerId() + " to " + m.recipient())
                      .toList())
              + (uncertain.size() > 10 ? ", ..." : "")
              + ". Run with --retry-uncertain to send them again.");
    }
    try {
      folder
          .state()
          .finishRun(
              runId,
              clock.instant(),
              result.filesRead(),
              result.reported().size(),
              result.errors().size(),
              delivery == null ? 0 : delivery.sent(),
              exit);
    } catch (StateException e) {
      if (exit < FATAL) {
        throw e;
      }
      // Already stopping for a full or unwritable folder: the runs table misses this end.
      console.detail("the end of this run is not recorded: " + e.getMessage());
    }
    return new Outcome(result, delivery, exit, closing);
  }

  /**
   * Writes summary.xlsx; a failure names the file and leaves the previous summary as it was (it is
   * written under a temporary name and renamed into place).
   *
   * @return false when it could not be written
   */
  private boolean writeSummary() {
    try {
      folder.writeSummary(assumptions);
      return true;
    } catch (IOException | UncheckedIOException | StateException e) {
      Path summary = OutputFull.file(e, folder.dir().resolve(SummaryFile.NAME));
      console.always(
          "error: "
              + summary
              + " could not be written ("
              + OutputFull.reason(e).orElse(String.valueOf(e.getMessage()))
              + "); the previous summary, if any, is left as it was");
      return false;
    }
  }
}
