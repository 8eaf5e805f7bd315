package dev.offeranalyzer.report.summary;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Everything {@code summary.xlsx} shows. Rows are ranked when the workbook is written.
 *
 * @param assumptions ordered label and value pairs for the {@code Assumptions} sheet
 * @param history every version of every offer, by offer id then version (the {@code History} sheet
 *     and the Ranking's history columns); empty before any offer has a version
 * @param email every message of the ledger (the {@code Email} sheet)
 * @param cache what the folder's last summary kept for this one, or null to write it whole
 */
public record SummaryData(
    List<SummaryRow> rows,
    List<FindingRow> findings,
    List<ErrorRow> errors,
    List<Map.Entry<String, String>> assumptions,
    List<HistoryRow> history,
    List<EmailRow> email,
    RowDetails details,
    SummaryCache cache) {

  public SummaryData {
    details = details == null ? RowDetails.IN_ROW : details;
    rows = new ArrayList<>(rows);
    rows.sort(SummaryRow.RANKING);
    rows = List.copyOf(rows);
    findings = List.copyOf(findings);
    errors = List.copyOf(errors);
    assumptions = List.copyOf(assumptions);
    history = List.copyOf(history);
    email = List.copyOf(email);
  }

  /** A summary written whole. */
  public SummaryData(
      List<SummaryRow> rows,
      List<FindingRow> findings,
      List<ErrorRow> errors,
      List<Map.Entry<String, String>> assumptions,
      List<HistoryRow> history,
      List<EmailRow> email,
      RowDetails details) {
    this(rows, findings, errors, assumptions, history, email, details, null);
  }

  /** A summary whose rows carry their take-home years and plan tiers. */
  public SummaryData(
      List<SummaryRow> rows,
      List<FindingRow> findings,
      List<ErrorRow> errors,
      List<Map.Entry<String, String>> assumptions,
      List<HistoryRow> history,
      List<EmailRow> email) {
    this(rows, findings, errors, assumptions, history, email, RowDetails.IN_ROW);
  }

  /** A summary without history or email. */
  public SummaryData(
      List<SummaryRow> rows,
      List<FindingRow> findings,
      List<ErrorRow> errors,
      List<Map.Entry<String, String>> assumptions) {
    this(rows, findings, errors, assumptions, List.of(), List.of());
  }
}
