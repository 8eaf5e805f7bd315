package dev.offeranalyzer.batch;

import dev.offeranalyzer.delivery.DeliveryException;
import dev.offeranalyzer.delivery.DeliveryReport;
import dev.offeranalyzer.delivery.DeliveryState;
import dev.offeranalyzer.delivery.Ledger;
import dev.offeranalyzer.delivery.ReportMail;
import dev.offeranalyzer.output.OutputFolder;
import dev.offeranalyzer.rules.Analysis;
import java.io.IOException;
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

  /**
   * What a pass did.
   *
   * @param delivery what delivery did, or null when it did not run (stopped, or it failed)
   * @param exitCode the exit code it calls for (SPEC section 1)
   */
  public record Outcome(BatchResult result, DeliveryReport delivery, int exitCode) {}

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
   * Runs the pass over {@code files}.
   *
   * @throws IOException when {@code summary.xlsx} cannot be written
   */
  public Outcome run(List<Path> files) throws IOException {
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
    folder.putErrors(read, result.errorsAndNotes());
    long t1 = System.nanoTime();
    folder.writeSummary(assumptions);
    long t2 = System.nanoTime();
    int exit = result.exitCode();
    DeliveryReport delivery = null;
    if (!result.stopped()) {
      try {
        delivery = mailer.deliver(folder.dir(), folder.ledger(), mails);
        delivery.errors().forEach(e -> console.always("  " + e));
        if (delivery.written()
                + delivery.sent()
                + delivery.pending()
                + delivery.failed()
                + delivery.alreadySent()
            == 0) {
          console.detail("Email: no candidate in this batch has an email address");
        } else {
          console.info(delivery.summaryLine() + mailer.hint(delivery));
        }
        if (delivery.failed() > 0) {
          exit = Math.max(exit, 1);
        }
      } catch (DeliveryException e) {
        console.always("error: email: " + e.getMessage());
        exit = Math.max(exit, 1);
      }
      // The Email sheet shows what delivery just did.
      folder.writeSummary(assumptions);
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
    return new Outcome(result, delivery, exit);
  }
}
