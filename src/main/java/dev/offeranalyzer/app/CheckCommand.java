package dev.offeranalyzer.app;

import dev.offeranalyzer.batch.BatchResult;
import dev.offeranalyzer.batch.Console;
import dev.offeranalyzer.batch.InputFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code check}: reads the inputs exactly as {@code run} would and prints every error, warning and
 * note, writing nothing (SPEC section 1). A coach runs it on a new spreadsheet before scheduling
 * it.
 */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description =
        "Reads the inputs as run would and prints every problem and note; writes nothing."
            + " Exit 0 when every row would be reported, 1 otherwise.")
public final class CheckCommand implements Callable<Integer> {

  @Option(
      names = {"-i", "--input"},
      paramLabel = "PATH",
      description = "Input file or folder (repeatable; default: ${DEFAULT-VALUE}).",
      defaultValue = "sample-inputs")
  List<Path> inputs = new ArrayList<>();

  @Mixin CommonOptions common;

  @Override
  public Integer call() {
    common.applyLogging();
    // check exists to show every note: --quiet only shortens the per-file lines.
    Console console = Console.system(false, common.verbose, false);
    Wiring wiring;
    List<Path> files;
    try {
      wiring = Wiring.create(common);
      files = InputFiles.find(inputs, null);
    } catch (UsageException | IllegalArgumentException e) {
      console.always("error: " + e.getMessage());
      return Main.USAGE;
    }
    if (files.isEmpty()) {
      console.always("No .csv, .xlsx or .xls files found under " + inputs + "; nothing to check.");
      return Main.OK;
    }
    BatchResult result =
        wiring.batch(console).checkOnly().run(files, Path.of("."), (a, row, f, pdf) -> {});
    int reportable = result.reported().size();
    console.always(
        String.format(
            "Checked: %d %s would be reported, %d %s rejected, %d %s skipped, %d %s,"
                + " %d %s (%d of %d files unreadable). Nothing was written.",
            reportable,
            reportable == 1 ? "offer" : "offers",
            result.rowsRejected(),
            result.rowsRejected() == 1 ? "row" : "rows",
            result.rowsSkipped(),
            result.rowsSkipped() == 1 ? "row" : "rows",
            warnings(result),
            warnings(result) == 1 ? "warning" : "warnings",
            result.notes().size(),
            result.notes().size() == 1 ? "note" : "notes",
            result.filesFailed(),
            result.filesRead()));
    return result.exitCode();
  }

  private static long warnings(BatchResult result) {
    return result.errors().stream()
        .filter(e -> e.severity() == dev.offeranalyzer.report.summary.ErrorRow.Severity.WARNING)
        .count();
  }
}
