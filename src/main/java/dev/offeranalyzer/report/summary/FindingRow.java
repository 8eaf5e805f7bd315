package dev.offeranalyzer.report.summary;

import dev.offeranalyzer.report.model.FindingWording;
import dev.offeranalyzer.rules.Analysis;
import dev.offeranalyzer.rules.Finding;
import java.util.List;

/** One line of the {@code Findings} sheet. */
public record FindingRow(
    String offerId,
    String candidate,
    String severity,
    String rule,
    String title,
    String figures,
    String advice) {

  public static List<FindingRow> of(Analysis a) {
    return a.findings().stream().map(f -> of(a, f)).toList();
  }

  private static FindingRow of(Analysis a, Finding f) {
    return new FindingRow(
        a.offer().offerId(),
        a.offer().candidate(),
        FindingWording.severity(f.severity()),
        f.id(),
        FindingWording.title(f),
        FindingWording.figures(f),
        FindingWording.advice(f));
  }
}
