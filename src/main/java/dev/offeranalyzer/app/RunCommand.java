package dev.offeranalyzer.app;

import dev.offeranalyzer.batch.Batch;
import dev.offeranalyzer.batch.BatchResult;
import dev.offeranalyzer.batch.Console;
import dev.offeranalyzer.batch.InputFiles;
import dev.offeranalyzer.batch.OutputFull;
import dev.offeranalyzer.delivery.DeliveryException;
import dev.offeranalyzer.delivery.DeliveryReport;
import dev.offeranalyzer.delivery.ReportMail;
import dev.offeranalyzer.watch.LockHeldException;
import dev.offeranalyzer.watch.OutputSession;
import dev.offeranalyzer.watch.StopSignal;
import dev.offeranalyzer.watch.SummaryFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code run}: one batch over the input paths. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description =
        "Reads every .csv, .xlsx and .xls file under the input paths and writes the reports.")
public final class RunCommand implements Callable<Integer> {

  @Option(
      names = {"-i", "--input"},
      paramLabel = "PATH",
      description = "Input file or folder (repeatable; default: ${DEFAULT-VALUE}).",
      defaultValue = "sample-inputs")
  List<Path> inputs = new ArrayList<>();

  @Option(
      names = {"-o", "--output"},
      paramLabel = "DIR",
      description = "Output folder (default: ${DEFAULT-VALUE}).",
      defaultValue = "reports")
  Path output;

  @Mixin CommonOptions common;

  /** Said after the "Done" line: why the batch stopped, or the email line when not all went. */
  private String closingLine;

  @Override
  public Integer call() throws IOException {
    common.applyLogging();
    Console console = Console.system(common.quiet, common.verbose, false);
    Wiring wiring;
    List<Path> files;
    try {
      wiring = Wiring.create(common);
      files = InputFiles.find(inputs, output);
    } catch (UsageException | IllegalArgumentException e) {
      console.always("error: " + e.getMessage());
      return Main.USAGE;
    }
    try {
      Wiring.prepareOutput(output);
    } catch (IOException e) {
      console.always(
          "error: the output folder " + output + " cannot be written (" + e.getMessage() + ")");
      return Main.FATAL;
    }
    if (files.isEmpty()) {
      console.always("No .csv, .xlsx or .xls files found under " + inputs + "; nothing to do.");
    }
    List<ReportMail> mails = new ArrayList<>();
    StopSignal stop = StopSignal.onShutdown(WatchCommand.STOP_GRACE);
    BatchResult result;
    int exit;
    try (OutputSession session = OutputSession.open(output)) {
      if (!session.cleaned().isEmpty()) {
        console.info(
            "Removed "
                + session.cleaned().size()
                + " unfinished temporary file(s) left by a run that was stopped");
      }
      Batch batch = wiring.batch(console).stopWhen(stop::isStopRequested);
      result =
          batch.run(
              files,
              output,
              (a, row, f, pdf) -> {
                session.store().accept(a, row, f, pdf);
                wiring.reportMail(a, pdf).ifPresent(mails::add);
              });
      exit = result.exitCode();
      if (result.fatal() != null) {
        // Said last, after the "Done" line: the run's closing line names the file.
        closingLine =
            "error: "
                + result.fatal()
                + "; the batch stopped there (reports written so far are kept; nothing is"
                + " half-written). Free space or fix the folder and run again to complete it.";
      }
      boolean summaryWritten = writeSummary(session, files, result, wiring, console);
      if (!summaryWritten) {
        exit = Main.combine(exit, Main.FATAL);
      }
      if (result.fatal() != null || !summaryWritten) {
        if (!mails.isEmpty()) {
          console.always("Email: nothing written or sent, as the output folder cannot be written");
        }
      } else if (result.stopped()) {
        console.always(
            "Stopped before the end: reports written so far are kept and in summary.xlsx;"
                + " run again to complete the work (and the email).");
      } else {
        exit = Main.combine(exit, deliver(wiring, mails, console));
      }
    } catch (LockHeldException e) {
      console.always("error: " + e.getMessage());
      return Main.FATAL;
    } finally {
      stop.finished();
    }
    console.always(
        String.format(
            "Done: %d %s reported, %d rejected (%d of %d files unreadable). Reports and summary in %s",
            result.reported().size(),
            result.reported().size() == 1 ? "offer" : "offers",
            result.errors().size(),
            result.filesFailed(),
            result.filesRead(),
            output.toAbsolutePath().normalize()));
    if (closingLine != null) {
      console.always(closingLine);
    }
    return exit;
  }

  /**
   * Records the batch and writes summary.xlsx; a failure names the file and leaves the previous
   * summary as it was (it is written under a temporary name and renamed into place).
   *
   * @return false when the summary could not be written
   */
  private boolean writeSummary(
      OutputSession session, List<Path> files, BatchResult result, Wiring wiring, Console console) {
    try {
      session.finishBatch(files, result, wiring.assumptions());
      return true;
    } catch (IOException | UncheckedIOException e) {
      Path summary = OutputFull.file(e, output.resolve(SummaryFile.NAME));
      console.always(
          "error: "
              + summary
              + " could not be written ("
              + OutputFull.reason(e).orElse(String.valueOf(e.getMessage()))
              + "); the previous summary, if any, is left as it was");
      return false;
    }
  }

  /** Writes or sends the messages; returns the exit code it calls for. */
  private int deliver(Wiring wiring, List<ReportMail> mails, Console console) {
    try {
      DeliveryReport delivery = wiring.deliver(output, mails);
      delivery.errors().forEach(e -> console.always("  " + e));
      boolean nothing =
          delivery.written()
                  + delivery.sent()
                  + delivery.pending()
                  + delivery.failed()
                  + delivery.alreadySent()
                  + delivery.waiting()
                  + delivery.uncertain()
              == 0;
      if (nothing) {
        console.detail("Email: no candidate in this batch has an email address");
      } else if (delivery.notAllWent()) {
        // Said last, after the "Done" line, even with --quiet: the closing line of the run.
        closingLine = delivery.summaryLine();
      } else {
        console.info(delivery.summaryLine() + wiring.deliveryHint(delivery));
      }
      if (delivery.notAllWent()) {
        return Main.EMAIL;
      }
      return delivery.failed() > 0 ? Main.REJECTED : Main.OK;
    } catch (DeliveryException e) {
      // The outbox or its ledger cannot be written (disk full, permissions) or is held: fatal.
      console.always("error: email: " + e.getMessage());
      return Main.FATAL;
    }
  }
}
