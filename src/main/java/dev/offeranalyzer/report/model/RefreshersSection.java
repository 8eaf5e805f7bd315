package dev.offeranalyzer.report.model;

import dev.offeranalyzer.engine.Refreshers;
import dev.offeranalyzer.offer.Formats;
import dev.offeranalyzer.offer.Money;
import dev.offeranalyzer.offer.Offer;
import dev.offeranalyzer.rules.Analysis;
import java.util.ArrayList;
import java.util.List;

/**
 * Expected refreshers (SPEC section 13), shown beside the four years and never inside them.
 *
 * @param shown false when the offer expects no refreshers (then the section is left out)
 * @param note what is assumed, e.g. "A refresher of $100,000 assumed at months 12, 24 and 36 ..."
 * @param rows one row per year: label, the contract year's total, expected refreshers, both
 * @param fourYears the same for the four years together
 */
public record RefreshersSection(boolean shown, String note, List<Row> rows, Row fourYears) {

  public RefreshersSection {
    rows = List.copyOf(rows);
  }

  /** One year: the contract total, the expected refreshers, and the two together. */
  public record Row(
      String label, String contractTotal, String expectedRefreshers, String withRefreshers) {}

  static RefreshersSection build(Analysis a) {
    Offer o = a.offer();
    if (!Refreshers.expected(o)) {
      return new RefreshersSection(false, "", List.of(), null);
    }
    List<Money> refreshers = Refreshers.byYear(o);
    List<Row> rows = new ArrayList<>();
    Money contract = Money.ZERO;
    Money expected = Money.ZERO;
    for (int k = 1; k <= 4; k++) {
      Money year = a.compensation().year(k).total();
      Money r = refreshers.get(k - 1);
      contract = contract.plus(year);
      expected = expected.plus(r);
      rows.add(row("Year " + k, year, r));
    }
    String note =
        "Expected, not promised: a refresher grant of "
            + Formats.money(o.refresherPerYear())
            + " assumed at months 12, 24 and 36, each vesting 6.25% every 3 months from its grant,"
            + " valued at "
            + Formats.signedPercent(o.stockGrowth().value(), 2)
            + " a year share price change. Only what vests by month 48 is counted. The years"
            + " above and the ranking leave refreshers out.";
    return new RefreshersSection(true, note, rows, row("4 years", contract, expected));
  }

  private static Row row(String label, Money contract, Money refreshers) {
    return new Row(
        label,
        Formats.money(contract),
        Formats.money(refreshers),
        Formats.money(contract.plus(refreshers)));
  }
}
