package dev.offeranalyzer.app;

import dev.offeranalyzer.batch.Console;
import dev.offeranalyzer.output.LockHeldException;
import dev.offeranalyzer.output.OutputFolder;
import dev.offeranalyzer.output.OutputLock;
import dev.offeranalyzer.output.StateException;
import dev.offeranalyzer.watch.DropFolder;
import dev.offeranalyzer.watch.Durations;
import dev.offeranalyzer.watch.StopSignal;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code watch}: the drop folder of SPEC section 10. */
@Command(
    name = "watch",
    mixinStandardHelpOptions = true,
    description = {
      "Watches a drop folder: every file that has stopped changing is read as a batch of its own,",
      "then moved to processed/DAY/ or failed/DAY/ (with NAME.error.txt saying why) under the",
      "input folder; summary.xlsx is rewritten after each batch. Stop with Ctrl-C or SIGTERM:",
      "the current offer is finished and the summary written first."
    })
public final class WatchCommand implements Callable<Integer> {

  /** How long a stop request waits for the current offer and the summary before the JVM ends. */
  static final Duration STOP_GRACE = Duration.ofMinutes(5);

  @Option(
      names = {"-i", "--input"},
      paramLabel = "DIR",
      required = true,
      description = "The drop folder.")
  Path input;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "DIR",
      required = true,
      description = "Output folder for the reports and summary.xlsx.")
  Path output;

  @Option(
      names = "--interval",
      paramLabel = "DURATION",
      defaultValue = "10s",
      converter = DurationConverter.class,
      description = "Time between two looks at the folder, e.g. 10s, 1m, 500ms (default: 10s).")
  Duration interval;

  @Option(
      names = "--settle",
      paramLabel = "DURATION",
      converter = DurationConverter.class,
      description =
          "How long a file must stay unchanged before it is read (default: twice the interval).")
  Duration settle;

  @Mixin CommonOptions common;

  @Override
  public Integer call() throws IOException, InterruptedException {
    common.applyLogging();
    Console console = Console.system(common.quiet, common.verbose, true);
    if (!Files.isDirectory(input)) {
      console.always("error: the drop folder " + input + " does not exist or is not a folder");
      return Main.USAGE;
    }
    if (Files.exists(output) && Files.isSameFile(input.toAbsolutePath(), output.toAbsolutePath())) {
      console.always(
          "error: the output folder must not be the drop folder itself, or the reports would be"
              + " read as offers; use e.g. --output "
              + input.resolve("reports"));
      return Main.USAGE;
    }
    Duration settleTime = settle == null ? interval.multipliedBy(2) : settle;
    DropFolder.Options options;
    Wiring wiring;
    try {
      options = new DropFolder.Options(input, output, interval, settleTime);
      wiring = Wiring.create(common);
    } catch (UsageException | IllegalArgumentException e) {
      console.always("error: " + e.getMessage());
      return Main.USAGE;
    }

    StopSignal stop = StopSignal.onShutdown(STOP_GRACE);
    try (OutputLock dropLock = OutputLock.acquire(input, "drop folder");
        OutputFolder folder = OutputFolder.open(output, wiring.clock())) {
      RunCommand.opened(folder, console);
      // Each summary after a drop rewrites only what the drop changed (docs/performance.md).
      folder.keepSummaryBetweenWrites();
      console.info(
          String.format(
              "Watching %s every %s (a file is read once unchanged for %s); reports go to %s."
                  + " Stop with Ctrl-C.",
              input.toAbsolutePath().normalize(),
              Durations.format(interval),
              Durations.format(settleTime),
              output.toAbsolutePath().normalize()));
      DropFolder drop =
          new DropFolder(
              options,
              wiring.pass(console, folder, "watch", stop::isStopRequested).summaryByCaller(),
              folder,
              wiring.assumptions(),
              console,
              Clock.systemDefaultZone(),
              stop::sleep,
              stop::isStopRequested);
      int handled = drop.run();
      console.always(
          String.format(
              "Stopped: %d %s handled; %d %s ranked in %s",
              handled,
              handled == 1 ? "file" : "files",
              folder.state().offerCount(),
              folder.state().offerCount() == 1 ? "offer" : "offers",
              output.resolve("summary.xlsx").toAbsolutePath().normalize()));
      return Main.OK;
    } catch (LockHeldException e) {
      console.always("error: " + e.getMessage());
      return Main.FATAL;
    } catch (IOException | StateException e) {
      console.always(
          "error: the output folder "
              + output
              + " or the drop folder "
              + input
              + " cannot be used ("
              + e
              + ")");
      return Main.FATAL;
    } finally {
      stop.finished();
    }
  }

  /** Reads {@code 10s}, {@code 2m}, {@code 500ms}. */
  static final class DurationConverter implements ITypeConverter<Duration> {
    @Override
    public Duration convert(String value) {
      return Durations.parse(value);
    }
  }
}
