package dev.offeranalyzer.output;

import dev.offeranalyzer.files.AtomicFiles;
import dev.offeranalyzer.report.summary.SummaryData;
import dev.offeranalyzer.report.summary.SummaryWorkbook;
import java.io.IOException;
import java.nio.file.Path;

/** Writes {@code summary.xlsx} into an output folder, under a temporary name renamed into place. */
public final class SummaryFile {

  public static final String NAME = "summary.xlsx";

  private SummaryFile() {}

  /**
   * Writes the workbook of {@code data} to {@code outputDir/summary.xlsx}; a reader never sees half
   * a workbook, and a failed write leaves the previous one in place.
   *
   * @return the path written
   */
  public static Path write(Path outputDir, SummaryData data) throws IOException {
    Path target = outputDir.resolve(NAME);
    AtomicFiles.write(target, out -> new SummaryWorkbook().write(data, out));
    return target;
  }
}
