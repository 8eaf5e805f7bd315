package dev.offeranalyzer.app;

import dev.offeranalyzer.files.AtomicFiles;
import dev.offeranalyzer.intake.TemplateWorkbook;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code template}: writes a blank input workbook a coach can fill in. */
@Command(
    name = "template",
    mixinStandardHelpOptions = true,
    description = "Writes a blank input workbook with headers, notes, formats and drop-down lists.")
public final class TemplateCommand implements Callable<Integer> {

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE.xlsx",
      required = true,
      description = "Where to write the template.")
  Path output;

  @Option(names = "--force", description = "Replace the file if it exists.")
  boolean force;

  @Override
  public Integer call() {
    if (!output.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
      System.out.println("error: the template is an Excel workbook; give a name ending in .xlsx");
      return Main.USAGE;
    }
    if (Files.exists(output) && !force) {
      System.out.println("error: " + output + " exists; use --force to replace it");
      return Main.USAGE;
    }
    try {
      AtomicFiles.write(output, TemplateWorkbook::write);
    } catch (IOException e) {
      System.out.println("error: cannot write " + output + " (" + e.getMessage() + ")");
      return Main.FATAL;
    }
    System.out.println(
        "Template written to "
            + output
            + ". Fill in one offer per row (the example row shows the formats), then run: run --input "
            + output);
    return Main.OK;
  }
}
