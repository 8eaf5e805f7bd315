package dev.offeranalyzer.app;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The command line of SPEC section 1. */
@Command(
    name = "offer-analyzer",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = {
      "Analyses job offers from Excel and CSV files and writes one PDF report per offer",
      "plus summary.xlsx, which ranks every offer by its 4-year average."
    },
    footer = {
      "",
      "Exit codes: 0 every offer reported; 1 some rows or files rejected, the rest reported;",
      "2 usage or configuration error, nothing done; 3 fatal (output not writable, disk full,",
      "lock held), nothing half-written; 4 every report written but email asked for with --send",
      "did not all go (server unreachable, login refused, failed or uncertain messages).",
      "When several apply, the highest wins."
    },
    subcommands = {
      RunCommand.class,
      CheckCommand.class,
      WatchCommand.class,
      TemplateCommand.class,
      StatusCommand.class,
      MailTestCommand.class,
      BenchCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {

  /** Exit code: every offer reported. */
  public static final int OK = 0;

  /** Exit code: some rows or files rejected, the rest reported. */
  public static final int REJECTED = 1;

  /** Exit code: usage or configuration error, nothing done. */
  public static final int USAGE = 2;

  /** Exit code: fatal, nothing half-written. */
  public static final int FATAL = 3;

  /** Exit code: every report written, but email asked for with --send did not all go. */
  public static final int EMAIL = 4;

  /** Several outcomes of one run: the highest code wins (SPEC section 1). */
  public static int combine(int... codes) {
    int worst = OK;
    for (int c : codes) {
      worst = Math.max(worst, c);
    }
    return worst;
  }

  @Spec CommandSpec spec;

  public static void main(String[] args) {
    // Jakarta Mail 2.1 looks its stream provider up with a ServiceLoader for every message part it
    // creates (jakartaee/mail-api#699, #861), a scan of the class path each time; naming the
    // provider makes it one class lookup. A name given on the command line is kept.
    if (System.getProperty(STREAM_PROVIDER) == null) {
      System.setProperty(STREAM_PROVIDER, "org.eclipse.angus.mail.util.MailStreamProvider");
    }
    // A run's summary needs POI: it loads on the second core from the first moment, while this
    // one reads the command line, the configuration and the offers (docs/performance.md).
    if (args.length > 0 && args[0].equals("run")) {
      dev.offeranalyzer.report.summary.SummaryWarmUp.startIfSpareCore();
    }
    System.exit(execute(args));
  }

  private static final String STREAM_PROVIDER = "jakarta.mail.util.StreamProvider";

  /** Runs the command line and returns its exit code (for tests and for {@link #main}). */
  public static int execute(String... args) {
    CommandLine cl = new CommandLine(new Main());
    cl.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          PrintWriter err = commandLine.getErr();
          err.println("error: " + e.getMessage());
          org.slf4j.LoggerFactory.getLogger(Main.class).debug("unexpected failure", e);
          return FATAL;
        });
    return cl.execute(args);
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "Missing command: run, check, watch or template (see --help)");
  }

  /** The version from the jar's manifest. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Main.class.getPackage().getImplementationVersion();
      return new String[] {"offer-analyzer " + (v == null ? "development build" : v)};
    }
  }
}
