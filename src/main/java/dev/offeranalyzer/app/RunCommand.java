package dev.offeranalyzer.app;

import dev.offeranalyzer.batch.Batch;
import dev.offeranalyzer.batch.BatchResult;
import dev.offeranalyzer.batch.Console;
import dev.offeranalyzer.batch.InputFiles;
import dev.offeranalyzer.delivery.DeliveryException;
import dev.offeranalyzer.delivery.DeliveryReport;
import dev.offeranalyzer.delivery.ReportMail;
import dev.offeranalyzer.watch.LockHeldException;
import dev.offeranalyzer.watch.OutputSession;
import dev.offeranalyzer.watch.StopSignal;
import java.io.IOException;
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
      session.finishBatch(files, result, wiring.assumptions());
      exit = result.exitCode();
      if (result.stopped()) {
        console.always(
            "Stopped before the end: reports written so far are kept and in summary.xlsx;"
                + " run again to complete the work (and the email).");
      } else {
        exit = Math.max(exit, deliver(wiring, mails, console));
      }
    } catch (LockHeldException e) {
      console.always("error: " + e.getMessage());
      return Main.FATAL;
    } finally {
      stop.finished();
    }
    console.noteCountLine().ifPresent(console::always);
    console.always(
        "Done: "
            + counts(result)
            + ". Reports and summary in "
            + output.toAbsolutePath().normalize());
    return exit;
  }

  /**
   * The closing counts, in rows (SPEC section 2, issue 9): e.g. {@code 3 offers reported, 1 row
   * rejected, 2 rows skipped (0 of 2 files unreadable)}.
   */
  static String counts(BatchResult result) {
    int reported = result.reported().size();
    return String.format(
        "%d %s reported, %d %s rejected, %d %s skipped (%d of %d files unreadable)",
        reported,
        reported == 1 ? "offer" : "offers",
        result.rowsRejected(),
        result.rowsRejected() == 1 ? "row" : "rows",
        result.rowsSkipped(),
        result.rowsSkipped() == 1 ? "row" : "rows",
        result.filesFailed(),
        result.filesRead());
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
              == 0;
      if (nothing) {
        console.detail("Email: no candidate in this batch has an email address");
      } else {
        console.info(delivery.summaryLine() + wiring.deliveryHint(delivery));
      }
      return delivery.failed() > 0 ? Main.REJECTED : Main.OK;
    } catch (DeliveryException e) {
      console.always("error: email: " + e.getMessage());
      return Main.REJECTED;
    }
  }
}
