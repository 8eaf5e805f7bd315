package dev.offeranalyzer.report.summary;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Everything {@code summary.xlsx} shows. Rows are ranked when the workbook is written.
 *
 * @param assumptions ordered label and value pairs for the {@code Assumptions} sheet
 */
public record SummaryData(
    List<SummaryRow> rows,
    List<FindingRow> findings,
    List<ErrorRow> errors,
    List<Map.Entry<String, String>> assumptions) {

  public SummaryData {
    rows = new ArrayList<>(rows);
    rows.sort(SummaryRow.RANKING);
    rows = List.copyOf(rows);
    findings = List.copyOf(findings);
    errors = List.copyOf(errors);
    assumptions = List.copyOf(assumptions);
  }
}
