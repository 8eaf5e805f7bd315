package dev.offeranalyzer.report.model;

import static dev.offeranalyzer.offer.Formats.delta;
import static dev.offeranalyzer.offer.Formats.dollars;
import static dev.offeranalyzer.offer.Formats.money;

import dev.offeranalyzer.engine.Compensation;
import dev.offeranalyzer.engine.StockScenario;
import dev.offeranalyzer.engine.VestLine;
import dev.offeranalyzer.offer.Formats;
import dev.offeranalyzer.offer.Money;
import dev.offeranalyzer.offer.Offer;
import dev.offeranalyzer.offer.VestEvent;
import dev.offeranalyzer.report.model.ReportModel.ScenarioRow;
import dev.offeranalyzer.report.model.ReportModel.ScenarioSection;
import dev.offeranalyzer.report.model.ReportModel.VestRow;
import dev.offeranalyzer.report.model.ReportModel.VestSection;
import dev.offeranalyzer.report.model.ReportModel.YearRow;
import dev.offeranalyzer.report.model.ReportModel.YearsSection;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The figure sections of the report: the four years, the stock scenarios, the vest calendar. */
final class FigureSections {

  private FigureSections() {}

  static YearsSection years(Printed p) {
    List<YearRow> rows = new ArrayList<>();
    long[] sums = new long[4];
    for (int k = 0; k < 4; k++) {
      long[] parts = p.parts[k];
      for (int i = 0; i < 4; i++) {
        sums[i] += parts[i];
      }
      String change;
      if (k == 0) {
        change = "—";
      } else {
        long d = p.yearTotals[k] - p.yearTotals[k - 1];
        change = delta(d);
        if (p.yearTotals[k - 1] != 0 && d != 0) {
          BigDecimal pct =
              BigDecimal.valueOf(d)
                  .multiply(BigDecimal.valueOf(100))
                  .divide(BigDecimal.valueOf(p.yearTotals[k - 1]), MathContext.DECIMAL64);
          change += " (" + Formats.signedPercentFixed(pct, 1) + ")";
        }
      }
      rows.add(row("Year " + (k + 1), parts, p.yearTotals[k], change));
    }
    YearRow total = row("4 years", sums, p.fourYearTotal, "");
    return new YearsSection(
        rows,
        total,
        "Whole dollars; cents are assigned so that every printed row and column adds up.");
  }

  static YearRow row(String label, long[] parts, long total, String change) {
    return new YearRow(
        label,
        dollars(parts[0]),
        dollars(parts[1]),
        dollars(parts[2]),
        dollars(parts[3]),
        dollars(total),
        change,
        parts[0],
        parts[1],
        parts[2],
        parts[3],
        total);
  }

  static ScenarioSection scenarios(Compensation c) {
    StockScenario own =
        c.scenarios().stream().filter(StockScenario::offersOwn).findFirst().orElseThrow();
    long ownTotal = own.fourYearTotal().roundedDollars();
    List<ScenarioRow> rows = new ArrayList<>();
    int decimals =
        Formats.decimalsFor(c.scenarios().stream().map(s -> s.growth().value()).toList(), 2);
    for (StockScenario s : c.scenarios()) {
      long total = s.fourYearTotal().roundedDollars();
      rows.add(
          new ScenarioRow(
              Formats.signedPercentFixed(s.growth().value(), decimals)
                  + " a year"
                  + (s.offersOwn() ? " (offer's assumption)" : ""),
              dollars(total),
              money(s.fourYearAverage()),
              s.offersOwn() ? "—" : delta(total - ownTotal)));
    }
    return new ScenarioSection(
        "The 4-year total if the share price changed by the same rate every year; base, sign-on"
            + " and bonus do not move.",
        rows);
  }

  static VestSection vest(Offer o, Compensation c, Printed p) {
    List<VestLine> lines = c.vestCalendar();
    boolean withShares = o.rsuShares() != null;
    List<VestRow> rows = new ArrayList<>();
    long[] printedValues = new long[lines.size()];
    for (int year = 1; year <= 4; year++) {
      List<Integer> idx = new ArrayList<>();
      List<Money> values = new ArrayList<>();
      for (int i = 0; i < lines.size(); i++) {
        if (lines.get(i).year() == year) {
          idx.add(i);
          values.add(lines.get(i).value());
        }
      }
      long[] rounded = WholeDollars.apportion(values, p.parts[year - 1][Printed.RSU]);
      for (int j = 0; j < idx.size(); j++) {
        printedValues[idx.get(j)] = rounded[j];
      }
    }
    long total = 0;
    int decimals =
        Formats.decimalsFor(
            lines.stream().map(l -> l.fraction().multiply(BigDecimal.valueOf(100))).toList(), 2);
    for (int i = 0; i < lines.size(); i++) {
      VestLine l = lines.get(i);
      total += printedValues[i];
      rows.add(
          new VestRow(
              l.date() == null ? "Month " + l.month() : Formats.date(l.date()),
              "Year " + l.year(),
              Formats.percentFixed(l.fraction().multiply(BigDecimal.valueOf(100)), decimals),
              l.shares() == null ? null : Formats.shares(l.shares()),
              dollars(printedValues[i])));
    }
    if (lines.size() > VestCalendar.GROUP_ABOVE) {
      rows = VestCalendar.byQuarter(lines, printedValues, decimals);
    }
    String grant =
        money(o.grantValue())
            + (o.rsuShares() == null
                ? ""
                : " ("
                    + Formats.shares(o.rsuShares())
                    + " shares at "
                    + Formats.moneyWithCents(o.stockPrice())
                    + ")");
    String note =
        "Grant "
            + grant
            + ", vesting "
            + o.vesting().name()
            + "; values at "
            + Formats.signedPercent(o.stockGrowth().value(), 2)
            + " a year share price change"
            + (o.startDate() == null ? "; months count from the start date." : ".");
    return new VestSection(
        note,
        withShares,
        rows,
        Formats.percentFixed(BigDecimal.valueOf(100), decimals),
        withShares ? Formats.shares(o.rsuShares()) : null,
        dollars(total));
  }

  /** E.g. "5% at month 12; 15% at month 24; 20% at months 30, 36, 42 and 48". */
  static String describeVesting(List<VestEvent> events) {
    List<String> parts = new ArrayList<>();
    int i = 0;
    while (i < events.size()) {
      BigDecimal f = events.get(i).fraction();
      List<Integer> months = new ArrayList<>();
      while (i < events.size() && events.get(i).fraction().compareTo(f) == 0) {
        months.add(events.get(i).month());
        i++;
      }
      String pct = Formats.percent(f.multiply(BigDecimal.valueOf(100)), 2);
      if (months.size() == 1) {
        parts.add(pct + " at month " + months.get(0));
      } else {
        String list =
            months.subList(0, months.size() - 1).stream()
                    .map(String::valueOf)
                    .collect(Collectors.joining(", "))
                + " and "
                + months.get(months.size() - 1);
        parts.add(pct + " at months " + list);
      }
    }
    return String.join("; ", parts);
  }
}
