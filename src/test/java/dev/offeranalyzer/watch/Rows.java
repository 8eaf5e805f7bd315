package dev.offeranalyzer.watch;

import dev.offeranalyzer.offer.Money;
import dev.offeranalyzer.report.summary.ErrorRow;
import dev.offeranalyzer.report.summary.FindingRow;
import dev.offeranalyzer.report.summary.SummaryRow;
import java.math.BigDecimal;
import java.util.List;

/** Test data for the results store. */
public final class Rows {
  private Rows() {}

  /** A row whose four years all equal {@code average}. */
  public static SummaryRow row(String id, String candidate, long average) {
    Money y = Money.of(average);
    return new SummaryRow(
        id,
        candidate,
        "Amazon",
        "L6",
        "Seattle",
        List.of(y, y, y, y),
        Money.of(average * 4),
        y,
        new BigDecimal("42.5"),
        1,
        Money.of(average * 4 + 10_000),
        new BigDecimal("12.50"),
        "Hiring manager",
        id + ".pdf");
  }

  public static FindingRow finding(SummaryRow r, String rule) {
    return new FindingRow(
        r.offerId(),
        r.candidate(),
        "Red flag",
        rule,
        "Year 3 pays less than year 1",
        "Year 1 $312,000; year 3 $298,500",
        "Ask for a year-3 sign-on.");
  }

  public static ErrorRow error(String file, int row, String message) {
    return new ErrorRow(file, null, row, "base_salary", "two hundred", message);
  }
}
