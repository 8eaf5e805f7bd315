package dev.offeranalyzer.report.pdf;

import java.util.List;

/**
 * What rendering one report produced besides the bytes.
 *
 * @param pages the number of pages written
 * @param missingGlyphs characters neither embedded font (Liberation Sans, Droid Sans Fallback) can
 *     draw, each as {@code "😀 (U+1F600)"}, in order of first use; they print as {@code ?} in the
 *     PDF
 * @param warnings other problems worth telling the coach, e.g. an unreadable logo file
 */
public record ReportResult(int pages, List<String> missingGlyphs, List<String> warnings) {
  public ReportResult {
    missingGlyphs = List.copyOf(missingGlyphs);
    warnings = List.copyOf(warnings);
  }

  /** One warning line per problem, ready for the batch log; empty when all is well. */
  public List<String> messages() {
    List<String> out = new java.util.ArrayList<>(warnings);
    if (!missingGlyphs.isEmpty()) {
      out.add(
          "the report fonts cannot draw "
              + String.join(", ", missingGlyphs)
              + "; printed as ? in the PDF");
    }
    return out;
  }
}
