package dev.offeranalyzer.app;

import dev.offeranalyzer.batch.BatchPass;
import dev.offeranalyzer.batch.BatchResult;
import dev.offeranalyzer.batch.Console;
import dev.offeranalyzer.batch.InputFiles;
import dev.offeranalyzer.delivery.DeliveryState;
import dev.offeranalyzer.offer.Formats;
import dev.offeranalyzer.output.LockHeldException;
import dev.offeranalyzer.output.OutputFolder;
import dev.offeranalyzer.output.StateException;
import dev.offeranalyzer.output.StateStore;
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

  @Option(
      names = "--retry-failed",
      description = "Put messages that failed for good back in the queue before delivering.")
  boolean retryFailed;

  @Option(
      names = "--retry-uncertain",
      description =
          "Send again the messages held as uncertain (they may have been delivered already).")
  boolean retryUncertain;

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
    StopSignal stop = StopSignal.onShutdown(WatchCommand.STOP_GRACE);
    BatchPass.Outcome outcome;
    StateStore.Gains gains;
    try (OutputFolder folder = OutputFolder.open(output, wiring.clock())) {
      opened(folder, console);
      if (retryFailed) {
        int n = folder.ledger().requeue(DeliveryState.FAILED);
        console.info(
            "--retry-failed: " + n + (n == 1 ? " message" : " messages") + " back to pending");
      }
      if (retryUncertain) {
        int n = folder.ledger().requeue(DeliveryState.UNCERTAIN);
        console.info(
            "--retry-uncertain: " + n + (n == 1 ? " message" : " messages") + " back to pending");
      }
      outcome = wiring.pass(console, folder, "run", stop::isStopRequested).run(files);
      gains = folder.state().gains();
      if (outcome.result().stopped() && outcome.result().fatal() == null) {
        console.always(
            "Stopped before the end: reports written so far are kept and in summary.xlsx;"
                + " run again to complete the work (and the email).");
      }
    } catch (LockHeldException e) {
      console.always("error: " + e.getMessage());
      return Main.FATAL;
    } catch (IOException | StateException e) {
      console.always(
          "error: the output folder " + output + " cannot be used (" + e.getMessage() + ")");
      return Main.FATAL;
    } finally {
      stop.finished();
    }
    BatchResult result = outcome.result();
    console.noteCountLine().ifPresent(console::always);
    console.always(
        String.format(
            "Done: %s.%s Reports and summary in %s",
            counts(result),
            gains.offers() == 0
                ? ""
                : String.format(
                    " Negotiation so far: %s gained over four years across %d %s.",
                    Formats.signedMoney(gains.total()),
                    gains.offers(),
                    gains.offers() == 1 ? "offer" : "offers"),
            output.toAbsolutePath().normalize()));
    // Said last, even with --quiet: why the batch stopped, or the email line when not all went.
    outcome.closingLine().ifPresent(console::always);
    return outcome.exitCode();
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

  /** Tells the coach what opening the folder cleaned up or took over. */
  static void opened(OutputFolder folder, Console console) {
    if (!folder.cleaned().isEmpty()) {
      console.info(
          "Removed "
              + folder.cleaned().size()
              + " unfinished temporary file(s) left by a run that was stopped");
    }
    folder.takeoverNote().ifPresent(console::info);
    if (folder.uncertainFound() > 0) {
      console.always(
          folder.uncertainFound()
              + " message(s) were being sent when an earlier run was stopped; they may have been"
              + " delivered and are held as uncertain (see status; --retry-uncertain sends them"
              + " again)");
    }
  }
}
