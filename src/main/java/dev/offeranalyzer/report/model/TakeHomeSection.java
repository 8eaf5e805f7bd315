package dev.offeranalyzer.report.model;

import static dev.offeranalyzer.offer.Formats.dollars;
import static dev.offeranalyzer.offer.Formats.money;

import dev.offeranalyzer.offer.FilingStatus;
import dev.offeranalyzer.offer.Formats;
import dev.offeranalyzer.offer.Money;
import dev.offeranalyzer.rules.Analysis;
import dev.offeranalyzer.tax.TaxEstimate;
import dev.offeranalyzer.tax.TaxTables;
import dev.offeranalyzer.tax.TaxYear;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The report section "What you keep" (SPEC section 12), worded and rounded: per year the wages,
 * each tax line, take-home, withheld and due at filing, in whole dollars such that each year's
 * lines add up to its wages; a sentence on the year-1 bill; the assumptions.
 *
 * @param message shown instead of the table when there is no estimate (null when there is one)
 * @param intro what the estimate is for (state, filing status, tables), or null without one
 * @param columns the column titles: "Year 1" .. "Year 4", "4 years"
 * @param lines the table's lines, each with one text per column
 * @param chart per year, take-home and taxes in whole dollars (they add up to the wages printed)
 * @param bill the sentence on the year-1 bill at filing and what to do about it, or null
 */
public record TakeHomeSection(
    String message,
    String intro,
    List<String> columns,
    List<Line> lines,
    List<ChartYear> chart,
    String bill,
    List<String> assumptions) {

  public TakeHomeSection {
    columns = List.copyOf(columns);
    lines = List.copyOf(lines);
    chart = List.copyOf(chart);
    assumptions = List.copyOf(assumptions);
  }

  /** Whether there is an estimate to show. */
  public boolean available() {
    return message == null;
  }

  /**
   * One line of the table.
   *
   * @param emphasis printed bold (take-home, due at filing)
   */
  public record Line(String label, List<String> values, boolean emphasis) {
    public Line {
      values = List.copyOf(values);
    }
  }

  /** One year's bar: what is kept and what goes to taxes, whole dollars. */
  public record ChartYear(String label, long takeHomeDollars, long taxDollars) {}

  /** The section for an analysis. */
  public static TakeHomeSection of(Analysis a) {
    TaxEstimate e = a.tax();
    if (e == null) {
      String why =
          a.notes().stream()
              .filter(n -> n.startsWith("No tax estimate"))
              .findFirst()
              .orElse("No tax estimate for this offer.");
      return new TakeHomeSection(why, null, List.of(), List.of(), List.of(), null, List.of());
    }
    TaxEstimate.Basis tables = e.basis();
    List<TaxYear> years = e.years();
    // Whole dollars per year such that the tax lines and take-home add up to the printed wages.
    List<long[]> printed = new ArrayList<>();
    for (TaxYear y : years) {
      printed.add(printed(y));
    }
    List<String> columns = new ArrayList<>();
    for (TaxYear y : years) {
      columns.add("Year " + y.year());
    }
    columns.add("4 years");
    List<Line> lines = new ArrayList<>();
    lines.add(line("Wages (the year's total pay)", years, printed, -1, false));
    lines.add(line("Federal income tax", years, printed, 0, false));
    lines.add(line("Social Security", years, printed, 1, false));
    lines.add(line("Medicare", years, printed, 2, false));
    lines.add(line("State income tax (" + e.state() + ")", years, printed, 3, false));
    if (e.city() != null) {
      lines.add(line(cityName(e.city()) + " resident tax", years, printed, 4, false));
    }
    List<String> programs = tables.programs();
    if (!programs.isEmpty()) {
      lines.add(
          line(
              "State payroll programs (" + String.join(", ", programs) + ")",
              years,
              printed,
              5,
              false));
    }
    lines.add(line("Take-home", years, printed, 6, true));
    lines.add(rounded("Withheld by payroll", years, TaxYear::withheld, false));
    lines.add(
        rounded(
            "Due at filing (" + Formats.MINUS + ": refund)", years, TaxYear::dueAtFiling, true));

    List<ChartYear> chart = new ArrayList<>();
    for (int i = 0; i < years.size(); i++) {
      long[] p = printed.get(i);
      long takeHome = p[6];
      chart.add(
          new ChartYear("Year " + years.get(i).year(), takeHome, WholeDollars.sum(p) - takeHome));
    }
    return new TakeHomeSection(
        null, intro(e, tables), columns, lines, chart, bill(e.year(1)), assumptions(e, tables));
  }

  /**
   * A year's seven parts (six tax lines, then take-home) in whole dollars adding up to the printed
   * wages: take-home rounded half-up (as every other page and the Take-Home sheet show it), the tax
   * lines sharing the rest by largest remainder.
   */
  static long[] printed(TaxYear y) {
    List<Money> taxes =
        List.of(
            y.federal(),
            y.socialSecurity(),
            y.medicare(),
            y.state(),
            y.city(),
            y.payrollPrograms());
    long takeHome = y.takeHome().roundedDollars();
    long[] out = new long[7];
    try {
      long[] t = WholeDollars.apportion(taxes, y.wages().roundedDollars() - takeHome);
      System.arraycopy(t, 0, out, 0, 6);
      out[6] = takeHome;
      return out;
    } catch (IllegalArgumentException e) {
      // Wages with cents can leave the rest out of the taxes' reach: share all seven instead.
      List<Money> all = new ArrayList<>(taxes);
      all.add(y.takeHome());
      return WholeDollars.apportion(all, y.wages().roundedDollars());
    }
  }

  /** The four years' take-home as this section prints it (the sum of the printed years). */
  public static long fourYearTakeHomeDollars(TaxEstimate e) {
    long sum = 0;
    for (TaxYear y : e.years()) {
      sum += printed(y)[6];
    }
    return sum;
  }

  private static Line line(
      String label, List<TaxYear> years, List<long[]> printed, int part, boolean emphasis) {
    List<String> values = new ArrayList<>();
    long total = 0;
    for (int i = 0; i < years.size(); i++) {
      long v = part < 0 ? WholeDollars.sum(printed.get(i)) : printed.get(i)[part];
      total += v;
      values.add(dollars(v));
    }
    values.add(dollars(total));
    return new Line(label, values, emphasis);
  }

  private static Line rounded(
      String label, List<TaxYear> years, Function<TaxYear, Money> f, boolean emphasis) {
    List<String> values = new ArrayList<>();
    long total = 0;
    for (TaxYear y : years) {
      long v = f.apply(y).roundedDollars();
      total += v;
      values.add(dollars(v));
    }
    values.add(dollars(total));
    return new Line(label, values, emphasis);
  }

  private static String intro(TaxEstimate e, TaxEstimate.Basis tables) {
    return "Estimated for "
        + e.state()
        + (e.city() == null ? "" : " and " + cityName(e.city()))
        + ", filing "
        + (e.filingStatus() == FilingStatus.MARRIED ? "jointly (married)" : "single")
        + ", with the "
        + String.join(" and ", years(tables))
        + " tax tables. Each year's total pay counts as wages; whole dollars, each year adding up"
        + " to its wages.";
  }

  /** The year-1 bill and what to do about it, in our words. */
  static String bill(TaxYear y1) {
    Money due = y1.dueAtFiling();
    if (due.isGreaterThan(Money.ZERO) && due.roundedDollars() > 0) {
      return "Payroll will hold back about "
          + money(y1.withheld())
          + " in year 1, but that year's taxes come to about "
          + dollars(y1.withheld().roundedDollars() + due.roundedDollars())
          + ": expect to owe about "
          + money(due)
          + " when you file. Sign-on and vesting shares are withheld at a flat rate below your"
          + " top rate, so set part of every vest and of the sign-on aside, or hand payroll a"
          + " new Form W-4 that asks for extra withholding each paycheck.";
    }
    if (due.isNegative() && due.roundedDollars() < 0) {
      return "Payroll will hold back about "
          + money(y1.withheld())
          + " in year 1, more than that year's taxes of about "
          + dollars(y1.withheld().roundedDollars() + due.roundedDollars())
          + ": expect a refund of about "
          + money(due.times(BigDecimal.ONE.negate()))
          + " when you file.";
    }
    return "Payroll withholding in year 1 should about match that year's taxes of "
        + money(y1.totalTax())
        + ": little or nothing to pay when you file.";
  }

  private static List<String> assumptions(TaxEstimate e, TaxEstimate.Basis tables) {
    List<String> out = new ArrayList<>();
    out.add(
        "One set of tax tables ("
            + String.join(" and ", years(tables))
            + ") serves all four years, and each employment year is treated as one calendar"
            + " year.");
    out.add(
        "All of a year's total is wages: base, sign-on, vesting RSUs and cash bonus. Federal and"
            + " state income tax apply their brackets after the standard deduction only.");
    out.add(
        "Withholding: income tax as if base were the only pay, plus flat supplemental rates on"
            + " sign-on, RSUs and bonus ("
            + rates(tables.federalSupplemental())
            + " federal"
            + stateRates(tables, e)
            + "), plus Social Security, Medicare and payroll programs as owed.");
    out.add(
        "Not included: other income, itemized deductions, credits, retirement contributions, and"
            + " local taxes other than New York City's.");
    out.add("Tables: " + tables.source() + "; every figure with its year and source.");
    return out;
  }

  private static String stateRates(TaxEstimate.Basis tables, TaxEstimate e) {
    String state = rates(tables.stateSupplemental());
    String city = rates(tables.citySupplemental());
    return (state.isEmpty() ? "; no state rate" : "; " + state + " " + e.state())
        + (city.isEmpty() ? "" : "; " + city + " " + cityName(e.city()));
  }

  /** "22%, 37% above $1,000,000". */
  private static String rates(List<TaxTables.Step> steps) {
    List<String> parts = new ArrayList<>();
    for (TaxTables.Step s : steps) {
      String pct = Formats.percent(s.rate().movePointRight(2), 2);
      parts.add(s.from().isZero() ? pct : pct + " above " + money(s.from()));
    }
    return String.join(", ", parts);
  }

  /** The tables' tax years, earliest first ("2025 and 2026"). */
  private static List<String> years(TaxEstimate.Basis tables) {
    return tables.taxYears().stream().sorted().toList();
  }

  private static String cityName(String city) {
    return city.toUpperCase(Locale.ROOT).equals("NYC") ? "New York City" : city;
  }
}
