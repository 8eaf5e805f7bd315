package dev.offeranalyzer.app;

import dev.offeranalyzer.batch.Batch;
import dev.offeranalyzer.batch.BatchResult;
import dev.offeranalyzer.batch.Console;
import dev.offeranalyzer.batch.InputFiles;
import dev.offeranalyzer.delivery.DeliveryException;
import dev.offeranalyzer.delivery.DeliveryReport;
import dev.offeranalyzer.delivery.ReportMail;
import dev.offeranalyzer.files.AtomicFiles;
import dev.offeranalyzer.report.summary.FindingRow;
import dev.offeranalyzer.report.summary.SummaryData;
import dev.offeranalyzer.report.summary.SummaryWorkbook;
import java.io.IOException;
import java.nio.file.Files;
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
    List<FindingRow> findings = new ArrayList<>();
    List<ReportMail> mails = new ArrayList<>();
    Batch batch = wiring.batch(console);
    BatchResult result =
        batch.run(
            files,
            output,
            (a, row, f, pdf) -> {
              findings.addAll(f);
              mails.add(Wiring.reportMail(a, pdf));
            });
    SummaryData data =
        new SummaryData(result.reported(), findings, result.errors(), wiring.assumptions());
    Path summary = output.resolve("summary.xlsx");
    AtomicFiles.write(summary, out -> new SummaryWorkbook().write(data, out));
    int exit = result.exitCode();
    try {
      DeliveryReport delivery = wiring.deliver(output, mails);
      delivery.errors().forEach(e -> console.always("  " + e));
      console.info(delivery.summaryLine());
      if (delivery.failed() > 0) {
        exit = Math.max(exit, Main.REJECTED);
      }
    } catch (DeliveryException e) {
      console.always("error: email: " + e.getMessage());
      exit = Math.max(exit, Main.REJECTED);
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
    return exit;
  }

  static boolean writable(Path dir) {
    return Files.isDirectory(dir) && Files.isWritable(dir);
  }
}
