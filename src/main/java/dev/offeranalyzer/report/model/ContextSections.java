package dev.offeranalyzer.report.model;

import static dev.offeranalyzer.offer.Formats.delta;
import static dev.offeranalyzer.offer.Formats.dollars;
import static dev.offeranalyzer.offer.Formats.money;

import dev.offeranalyzer.engine.Compensation;
import dev.offeranalyzer.engine.CompensationEngine;
import dev.offeranalyzer.market.ComponentComparison;
import dev.offeranalyzer.market.MarketComparison;
import dev.offeranalyzer.offer.Formats;
import dev.offeranalyzer.offer.Money;
import dev.offeranalyzer.offer.Offer;
import dev.offeranalyzer.report.model.ReportModel.CompetitorRow;
import dev.offeranalyzer.report.model.ReportModel.CompetitorsSection;
import dev.offeranalyzer.report.model.ReportModel.MarketRow;
import dev.offeranalyzer.report.model.ReportModel.MarketSection;
import dev.offeranalyzer.rules.Analysis;
import dev.offeranalyzer.rules.CloseCalls;
import dev.offeranalyzer.tax.TaxEstimate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The sections around the offer: the market comparison, competing offers, the assumptions. */
final class ContextSections {

  /** The working hours of a year, grouped ("2,080"): the same on every report, made once. */
  private static final String HOURS_PER_YEAR =
      Formats.quantity(java.math.BigDecimal.valueOf(CompensationEngine.HOURS_PER_YEAR));

  private ContextSections() {}

  static MarketSection market(Analysis a) {
    MarketComparison m = a.market();
    Offer o = a.offer();
    if (m == null) {
      return new MarketSection(false, noMarketData(o), List.of());
    }
    List<MarketRow> rows = new ArrayList<>();
    for (ComponentComparison cc : m.rows()) {
      Money p50 = cc.band().percentile(50);
      Money p75 = cc.band().percentile(75);
      rows.add(
          new MarketRow(
              cc.label(),
              money(cc.band().low()),
              money(p50),
              money(p75),
              money(cc.band().high()),
              money(cc.offered()),
              ReportModelBuilder.positionText(cc.position()),
              cc.band().low().roundedDollars(),
              p50.roundedDollars(),
              p75.roundedDollars(),
              cc.band().high().roundedDollars(),
              cc.offered().roundedDollars()));
    }
    String message =
        "Bands: "
            + m.source()
            + ". Position 0 is the band's low end, 100 its high end; an offer outside the band"
            + " is marked (below) or (above)."
            + (m.baseCap() == null ? "" : " Base cap for this level: " + money(m.baseCap()) + ".");
    return new MarketSection(true, message, rows);
  }

  /** E.g. "No market data for Google L5 in Denver." plus what the plan does instead. */
  static String noMarketData(Offer o) {
    StringBuilder sb = new StringBuilder("No market data for ").append(o.company());
    if (o.level() != null) {
      sb.append(' ').append(o.level());
    }
    if (o.location() != null) {
      sb.append(" in ").append(o.location());
    }
    if (o.level() == null || o.location() == null) {
      sb.append(" (a comparison needs the level and the location)");
    }
    return sb.append(". The plan below uses fixed raises instead of band targets.").toString();
  }

  static CompetitorsSection competitors(Analysis a) {
    Offer o = a.offer();
    if (a.competing().isEmpty()) {
      return new CompetitorsSection(
          "No other offers for " + o.candidate().strip() + " in this batch.", List.of());
    }
    long thisAvg = a.compensation().fourYearAverage().roundedDollars();
    List<String> closeIds =
        CloseCalls.of(a.compensation(), a.competing()).stream()
            .map(cc -> cc.other().offer().offerId())
            .toList();
    record Entry(Offer offer, Compensation comp, TaxEstimate tax, boolean self, int order) {}
    List<Entry> entries = new ArrayList<>();
    entries.add(new Entry(o, a.compensation(), a.tax(), true, 0));
    int n = 1;
    for (Analysis.Competitor comp : a.competing()) {
      entries.add(new Entry(comp.offer(), comp.compensation(), comp.tax(), false, n++));
    }
    entries.sort(
        Comparator.comparing((Entry e) -> e.comp().fourYearAverage())
            .reversed()
            .thenComparingInt(Entry::order));
    List<CompetitorRow> rows = new ArrayList<>();
    for (Entry e : entries) {
      Offer eo = e.offer();
      long avg = e.comp().fourYearAverage().roundedDollars();
      String name =
          eo.company()
              + (eo.level() == null ? "" : " " + eo.level())
              + (eo.role() == null ? "" : ", " + eo.role())
              + (e.self() ? " (this offer)" : "");
      rows.add(
          new CompetitorRow(
              name,
              ReportModelBuilder.orNotGiven(eo.location()),
              money(e.comp().year(1).total()),
              money(e.comp().fourYearTotal()),
              dollars(avg),
              e.self()
                  ? "—"
                  : delta(avg - thisAvg) + (closeIds.contains(eo.offerId()) ? " · close call" : ""),
              e.tax() == null
                  ? "no estimate"
                  : dollars(TakeHomeSection.fourYearTakeHomeDollars(e.tax())),
              e.self()));
    }
    return new CompetitorsSection(
        o.candidate().strip()
            + "'s offers in this batch, highest 4-year average first; take-home is the four"
            + " years' pay after estimated taxes."
            + (closeIds.isEmpty()
                ? ""
                : " This offer is a close call with each offer marked close call: see the"
                    + " CLOSE_CALL findings."),
        rows);
  }

  static List<String> assumptions(Analysis a) {
    Offer o = a.offer();
    List<String> out = new ArrayList<>();
    out.add(
        a.market() == null
            ? "Market bands: none for this company, level and location."
            : "Market bands: " + a.market().source() + ".");
    out.add(
        "Vesting: "
            + o.vesting().name()
            + " — "
            + FigureSections.describeVesting(o.vesting().events())
            + ".");
    out.add(VestCalendar.presetAssumption(o));
    out.add(
        "Share price: "
            + Formats.signedPercent(o.stockGrowth().value(), 2)
            + " a year from the grant price, compounded by month; RSUs are valued when they vest.");
    out.add(
        o.annualBonusPct().isZero()
            ? "Cash bonus: none in the offer."
            : "Cash bonus: the "
                + Formats.percent(o.annualBonusPct())
                + " target of base, paid in full every year.");
    out.add(
        "Hourly rate: the 4-year average over "
            + HOURS_PER_YEAR
            + " working hours a year (40 hours × 52 weeks).");
    out.add(
        "Sign-on is counted in the year it is paid; if you leave early, terms "
            + LeavingEarlySection.terms(o.signOnTerms()));
    if (o.refresherPerYear() != null && !o.refresherPerYear().isZero()) {
      out.add(
          "Refreshers: "
              + money(o.refresherPerYear())
              + " a year expected, shown beside the four years and not counted in them.");
    }
    if (o.relocation() != null) {
      out.add("Relocation of " + money(o.relocation()) + " is shown but not counted as pay.");
    }
    out.add(
        "Amounts are computed to the cent and printed in whole dollars; cents are assigned so"
            + " that printed parts add up to printed totals.");
    for (String note : NoteWording.all(a)) {
      out.add(note);
    }
    return out;
  }
}
