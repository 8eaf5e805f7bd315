package dev.offeranalyzer.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import dev.offeranalyzer.batch.OrderedPipeline;
import java.nio.file.Path;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Option;

/** Options every batch command takes (SPEC section 1). */
public final class CommonOptions {

  @Option(
      names = "--bands",
      paramLabel = "FILE",
      description = "Market bands CSV replacing the built-in 2024-2025 bands.")
  Path bands;

  @Option(
      names = "--tax",
      paramLabel = "FILE",
      description = "Tax tables CSV replacing the built-in ones (SPEC section 12; see README).")
  Path tax;

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description = "Settings file (properties); see README.")
  Path config;

  @Option(
      names = "--send",
      description = "Really send the report emails over SMTP (default: write them to outbox/).")
  boolean send;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description =
          "Threads rendering reports (default: the number of processors, here ${DEFAULT-VALUE}).")
  int threads = OrderedPipeline.defaultThreads();

  @Option(
      names = {"-q", "--quiet"},
      description = "Print only problems and the closing line.")
  boolean quiet;

  @Option(
      names = {"-v", "--verbose"},
      description = "Print details and debug logging.")
  boolean verbose;

  /** Turns on debug logging with {@code --verbose}. */
  void applyLogging() {
    if (verbose
        && LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME) instanceof Logger root) {
      root.setLevel(Level.DEBUG);
      ((Logger) LoggerFactory.getLogger("org.apache.poi")).setLevel(Level.INFO);
      // Which JVM options the run got (bin/offer-analyzer picks them by the size of the job).
      LoggerFactory.getLogger(CommonOptions.class)
          .debug(
              "JVM options: {}",
              java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments());
    }
  }
}
