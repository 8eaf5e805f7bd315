package dev.offeranalyzer.batch;

import dev.offeranalyzer.delivery.DeliveryException;
import dev.offeranalyzer.delivery.DeliveryReport;
import dev.offeranalyzer.delivery.DeliveryState;
import dev.offeranalyzer.delivery.EarlyDrafts;
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

    /**
     * Starts writing the batch's messages while its reports are still being made, when it only
     * writes drafts; null (the default) to write them all with {@link #deliver} after the batch.
     */
    default EarlyDrafts early(Path outputDir, Ledger ledger) {
      return null;
    }

    /** A hint after the email line (e.g. how to send a dry run's messages), or empty. */
    default String hint(DeliveryReport report) {
      return "";
    }

    /**
     * Whether {@link #deliver} goes to a mail server ({@code --send}). When it only writes drafts,
     * the pass writes {@code summary.xlsx} once, after them; when it sends, also before, so the
     * coach has the summary while a slow server is waited for.
     */
    default boolean sends() {
      return true;
    }
  }

  /**
   * Where a pass spent its wall time, in nanoseconds: the batch (read, analyse, render, write),
   * within it the state records and the email descriptions made on the calling thread, then the
   * summary writes and the delivery.
   */
  public record Timing(long batch, long record, long summary, long delivery) {}

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
  public record Outcome(
      BatchResult result, DeliveryReport delivery, int exitCode, String closing, Timing timing) {

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
  private boolean summaryByCaller;

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
   * Leaves {@code summary.xlsx} to the caller, who writes it once after several passes: watch, once
   * per drained queue of dropped files instead of once per file.
   *
   * @return this pass
   */
  public BatchPass summaryByCaller() {
    this.summaryByCaller = true;
    return this;
  }

  /**
   * Runs the pass over {@code files}. A full or unwritable output stops it with exit code 3 and a
   * closing line naming the file; the previous summary is then left as it was and no email goes.
   */
  public Outcome run(List<Path> files) {
    // Drafts only: the outbox is written while the reports are made, on the cores they leave.
    EarlyDrafts early = mailer.sends() ? null : mailer.early(folder.dir(), folder.ledger());
    try {
      return run(files, early);
    } finally {
      if (early != null) {
        early.close();
      }
    }
  }

  private Outcome run(List<Path> files, EarlyDrafts early) {
    long runId = folder.state().startRun(command, clock.instant());
    long t0 = System.nanoTime();
    List<ReportMail> mails = new ArrayList<>();
    boolean[] anyMail = {false};
    long[] recordNanos = {0};
    BatchResult result;
    StateException groupFailure;
    folder.state().beginGroup();
    try {
      result =
          batch.run(
              files,
              folder.dir(),
              (a, row, findings, pdf) -> {
                long start = System.nanoTime();
                Optional<ReportMail> mail = mailer.mail(a, pdf);
                folder.record(row, findings, mail.map(ReportMail::contentKey).orElse(null));
                mail.ifPresent(early != null ? early::offer : mails::add);
                anyMail[0] |= mail.isPresent();
                recordNanos[0] += System.nanoTime() - start;
              });
    } finally {
      groupFailure = endGroup();
    }
    if (groupFailure != null && result.fatal() == null) {
      throw groupFailure;
    }
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
    boolean deliverNow = result.fatal() == null && !result.stopped();
    // Drafts only: the summary is written once, after them, with the Email sheet filled in.
    boolean summaryWritten = true;
    if (mailer.sends() || !deliverNow) {
      summaryWritten = writeSummary();
      if (!summaryWritten) {
        exit = Math.max(exit, FATAL);
      }
    }
    long t2 = System.nanoTime();
    long summaryNanos = t2 - t1;
    long deliveryNanos = 0;
    DeliveryReport delivery = null;
    if (result.fatal() != null || !summaryWritten) {
      if (anyMail[0]) {
        console.always("Email: nothing written or sent, as the output folder cannot be written");
      }
    } else if (!result.stopped()) {
      try {
        if (!mailer.sends()) {
          folder.state().beginGroup();
        }
        try {
          delivery =
              early != null ? early.finish() : mailer.deliver(folder.dir(), folder.ledger(), mails);
        } finally {
          folder.state().endGroup();
          // Not needed again: the summary below is written without holding 100,000 of them.
          mails.clear();
        }
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
      deliveryNanos = System.nanoTime() - t2;
      // The Email sheet shows what delivery just did.
      long s0 = System.nanoTime();
      if (!writeSummary()) {
        exit = Math.max(exit, FATAL);
      }
      summaryNanos += System.nanoTime() - s0;
    }
    Timing timing = new Timing(t1 - t0, recordNanos[0], summaryNanos, deliveryNanos);
    console.detail(
        String.format(
            java.util.Locale.ROOT,
            "Timing: batch %d ms (of which state and email records %d ms), summary.xlsx %d ms,"
                + " email %d ms",
            timing.batch() / 1_000_000,
            timing.record() / 1_000_000,
            timing.summary() / 1_000_000,
            timing.delivery() / 1_000_000));
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
    return new Outcome(result, delivery, exit, closing, timing);
  }

  /** Commits the state's open group; returns the failure (a full disk), if any. */
  private StateException endGroup() {
    try {
      folder.state().endGroup();
      return null;
    } catch (StateException e) {
      console.detail("the last results could not be committed: " + e.getMessage());
      return e;
    }
  }

  /**
   * Writes summary.xlsx; a failure names the file and leaves the previous summary as it was (it is
   * written under a temporary name and renamed into place).
   *
   * @return false when it could not be written
   */
  private boolean writeSummary() {
    if (summaryByCaller) {
      return true;
    }
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
