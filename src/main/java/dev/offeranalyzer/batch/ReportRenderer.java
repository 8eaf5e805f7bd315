package dev.offeranalyzer.batch;

import dev.offeranalyzer.rules.Analysis;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/** Writes one offer's PDF report. Created once per run and reused for every offer. */
@FunctionalInterface
public interface ReportRenderer {
  /**
   * Renders the report of {@code analysis} to {@code out}.
   *
   * @return warnings about this report (e.g. characters the report font cannot show), or empty
   */
  List<String> render(Analysis analysis, OutputStream out) throws IOException;
}
