package dev.offeranalyzer.report.model;

import static dev.offeranalyzer.report.model.ReportFormats.delta;
import static dev.offeranalyzer.report.model.ReportFormats.dollars;
import static dev.offeranalyzer.report.model.ReportFormats.money;
import static dev.offeranalyzer.report.model.ReportFormats.typographic;

import dev.offeranalyzer.config.Settings;
import dev.offeranalyzer.engine.Compensation;
import dev.offeranalyzer.engine.CompensationEngine;
import dev.offeranalyzer.engine.StockScenario;
import dev.offeranalyzer.engine.VestLine;
import dev.offeranalyzer.engine.YearComp;
import dev.offeranalyzer.market.ComponentComparison;
import dev.offeranalyzer.market.MarketComparison;
import dev.offeranalyzer.market.Placement;
import dev.offeranalyzer.market.Position;
import dev.offeranalyzer.offer.Money;
import dev.offeranalyzer.offer.Offer;
import dev.offeranalyzer.offer.VestEvent;
import dev.offeranalyzer.report.model.ReportModel.Branding;
import dev.offeranalyzer.report.model.ReportModel.CompetitorRow;
import dev.offeranalyzer.report.model.ReportModel.CompetitorsSection;
import dev.offeranalyzer.report.model.ReportModel.Fact;
import dev.offeranalyzer.report.model.ReportModel.FindingItem;
import dev.offeranalyzer.report.model.ReportModel.Header;
import dev.offeranalyzer.report.model.ReportModel.Headline;
import dev.offeranalyzer.report.model.ReportModel.LeverRow;
import dev.offeranalyzer.report.model.ReportModel.MarketRow;
import dev.offeranalyzer.report.model.ReportModel.MarketSection;
import dev.offeranalyzer.report.model.ReportModel.NonMoneyItem;
import dev.offeranalyzer.report.model.ReportModel.PageSize;
import dev.offeranalyzer.report.model.ReportModel.PlanSection;
import dev.offeranalyzer.report.model.ReportModel.RoundItem;
import dev.offeranalyzer.report.model.ReportModel.ScenarioRow;
import dev.offeranalyzer.report.model.ReportModel.ScenarioSection;
import dev.offeranalyzer.report.model.ReportModel.VestRow;
import dev.offeranalyzer.report.model.ReportModel.VestSection;
import dev.offeranalyzer.report.model.ReportModel.YearRow;
import dev.offeranalyzer.report.model.ReportModel.YearsSection;
import dev.offeranalyzer.rules.Analysis;
import dev.offeranalyzer.rules.CounterOfferPlan;
import dev.offeranalyzer.rules.Finding;
import dev.offeranalyzer.rules.LeverAsk;
import dev.offeranalyzer.rules.NegotiationRound;
import dev.offeranalyzer.rules.NonMoneyLever;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Builds the {@link ReportModel} of one offer: every text worded, every figure rounded. Pure: the
 * same analysis, settings and date give an equal model.
 *
 * <p>Rounding: the engine's figures are exact cents; the report prints whole dollars. The 4-year
 * total is rounded half-up; the four years are then rounded so they add up to it, and each year's
 * components so they add up to the year (see {@link WholeDollars}); the vest calendar's lines add
 * up to the printed RSU of their year. Every printed row and column therefore adds up, and no
 * printed figure is more than $1 from its exact value. Single figures (bands, scenarios, plan
 * targets) are rounded half-up on their own; a printed difference is the difference of the printed
 * figures.
 */
public final class ReportModelBuilder {

  static final String DISCLAIMER =
      "This report is a decision aid built from the offer's figures and published market ranges."
          + " It is not tax, legal or financial advice. Taxes, refreshers, promotions and the share"
          + " price will change what is actually paid; check every figure against the written"
          + " offer before signing.";

  private ReportModelBuilder() {}

  /**
   * The model of one report.
   *
   * @param analysis the analysis of the offer; not null
   * @param settings coach branding and page size; not null
   * @param reportDate the date printed on the report; not null (pass {@code Settings.reportDate()}
   *     when set, else today)
   */
  public static ReportModel build(Analysis analysis, Settings settings, LocalDate reportDate) {
    Objects.requireNonNull(analysis, "analysis");
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(reportDate, "reportDate");
    Offer o = analysis.offer();
    Compensation c = analysis.compensation();
    Printed printed = Printed.of(c);
    return new ReportModel(
        documentTitle(o),
        "A4".equalsIgnoreCase(settings.pageSize()) ? PageSize.A4 : PageSize.LETTER,
        ReportFormats.date(reportDate),
        reportDate.toString(),
        branding(settings),
        header(o),
        headline(analysis, printed),
        years(printed),
        market(analysis),
        findings(analysis),
        plan(analysis, printed),
        scenarios(c),
        vest(o, c, printed),
        competitors(analysis),
        Checklists.build(analysis),
        EmailDrafts.build(analysis),
        assumptions(analysis),
        DISCLAIMER,
        RefreshersSection.build(analysis),
        LeavingEarlySection.build(analysis),
        TiersSection.build(analysis));
  }

  /** "Offer report – Jane Doe – Amazon L6": no figures, so the title is safe to show anywhere. */
  static String documentTitle(Offer o) {
    return "Offer report – "
        + o.candidate().strip()
        + " – "
        + o.company()
        + (o.level() == null ? "" : " " + o.level());
  }

  private static Branding branding(Settings s) {
    String preparedBy =
        s.coachName() == null ? "Offer analysis report" : "Prepared by " + s.coachName();
    List<String> contact = new ArrayList<>();
    if (s.coachContact() != null) {
      contact.add(s.coachContact());
    }
    if (s.coachEmail() != null) {
      contact.add(s.coachEmail());
    }
    return new Branding(
        s.coachName(),
        preparedBy,
        contact.isEmpty() ? null : String.join(" · ", contact),
        s.logo());
  }

  private static Header header(Offer o) {
    List<String> sub = new ArrayList<>();
    sub.add(o.company());
    for (String s : new String[] {o.role(), o.level(), o.location()}) {
      if (s != null && !s.isBlank()) {
        sub.add(s);
      }
    }
    List<Fact> facts = new ArrayList<>();
    facts.add(new Fact("Company", o.company()));
    facts.add(new Fact("Role", orNotGiven(o.role())));
    String level = orNotGiven(o.level());
    if (o.targetLevel() != null) {
      level += " (aiming for " + o.targetLevel() + ")";
    }
    facts.add(new Fact("Level", level));
    facts.add(new Fact("Location", orNotGiven(o.location())));
    facts.add(
        new Fact(
            "Work mode",
            o.workMode() == null
                ? ReportFormats.NOT_GIVEN
                : o.workMode().name().charAt(0) + o.workMode().name().substring(1).toLowerCase()));
    facts.add(new Fact("Offer date", ReportFormats.dateOrNotGiven(o.offerDate())));
    facts.add(new Fact("Start date", ReportFormats.dateOrNotGiven(o.startDate())));
    facts.add(new Fact("Decision deadline", ReportFormats.dateOrNotGiven(o.decisionDeadline())));
    facts.add(
        new Fact(
            "Walk-away (4-year average)",
            o.walkAway() == null ? ReportFormats.NOT_GIVEN : money(o.walkAway())));
    facts.add(
        new Fact(
            "Left behind (equity + bonus)",
            o.unvestedEquity() == null && o.forfeitedBonus() == null
                ? ReportFormats.NOT_GIVEN
                : money(o.walkAwayCost())));
    facts.add(new Fact("Offer ID", o.offerId()));
    return new Header(o.candidate().strip(), String.join(" · ", sub), facts);
  }

  private static String orNotGiven(String s) {
    return s == null || s.isBlank() ? ReportFormats.NOT_GIVEN : s;
  }

  private static Headline headline(Analysis a, Printed p) {
    MarketComparison m = a.market();
    String position;
    String verdict;
    if (m == null) {
      position = "No market data";
      verdict = "No band for this company, level and location: compare with other offers instead.";
    } else {
      position =
          switch (m.marketPosition().placement()) {
            case BELOW_BAND -> "Below the band";
            case ABOVE_BAND -> "Above the band";
            case IN_BAND -> ReportFormats.position(m.marketPosition().percent()) + " of 100";
          };
      verdict = verdict(m.marketPosition());
    }
    int flags = (int) a.redFlagCount();
    String flagText =
        flags == 0 ? "No red flags" : flags + (flags == 1 ? " red flag" : " red flags");
    return new Headline(
        dollars(p.fourYearTotal),
        money(a.compensation().fourYearAverage()),
        ReportFormats.moneyWithCents(a.compensation().hourlyRate()) + " an hour",
        position,
        verdict,
        flags,
        flagText);
  }

  static String positionText(Position pos) {
    return switch (pos.placement()) {
      case BELOW_BAND -> ReportFormats.position(pos.percent()) + " (below)";
      case ABOVE_BAND -> ReportFormats.position(pos.percent()) + " (above)";
      case IN_BAND -> ReportFormats.position(pos.percent());
    };
  }

  /** One line on what the market position means for the negotiation. */
  static String verdict(Position pos) {
    if (pos.placement() == Placement.BELOW_BAND) {
      return "Below the market band: a strong case for a higher offer.";
    }
    if (pos.placement() == Placement.ABOVE_BAND) {
      return "Above the market band: a rich offer; negotiate lightly.";
    }
    double v = pos.percent().doubleValue();
    if (v < 25) {
      return "In the bottom quarter of the band: clear room to negotiate.";
    }
    if (v < 50) {
      return "Below the middle of the band: room to ask for more.";
    }
    if (v < 75) {
      return "Above the middle of the band: aim for the 75th percentile.";
    }
    return "In the top quarter of the band: a strong offer; ask with care.";
  }

  private static YearsSection years(Printed p) {
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
          change += " (" + ReportFormats.signedPercentFixed(pct, 1) + ")";
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

  private static YearRow row(String label, long[] parts, long total, String change) {
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

  private static MarketSection market(Analysis a) {
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
              positionText(cc.position()),
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

  private static List<FindingItem> findings(Analysis a) {
    return a.findings().stream()
        .sorted(Comparator.comparing(Finding::severity))
        .map(
            f ->
                new FindingItem(
                    f.severity(),
                    f.severity().label(),
                    f.id(),
                    typographic(f.title()),
                    typographic(f.figures()),
                    typographic(f.advice())))
        .toList();
  }

  private static PlanSection plan(Analysis a, Printed p) {
    CounterOfferPlan plan = a.plan();
    List<LeverRow> levers = new ArrayList<>();
    for (LeverAsk l : plan.levers()) {
      long offered = l.offered().roundedDollars();
      long target = l.target().roundedDollars();
      levers.add(
          new LeverRow(
              l.lever(),
              dollars(offered),
              dollars(target),
              delta(target - offered),
              delta(l.fourYearValue().roundedDollars()),
              typographic(l.rationale() == null ? "" : l.rationale())));
    }
    long proposed = plan.proposed().fourYearTotal().roundedDollars();
    List<RoundItem> rounds = rounds(plan.rounds());
    List<NonMoneyItem> nonMoney = new ArrayList<>();
    for (NonMoneyLever l : plan.nonMoneyLevers()) {
      nonMoney.add(new NonMoneyItem(l.lever(), typographic(l.advice())));
    }
    String basis =
        plan.fromBand()
            ? "Targets come from the market band: the 75th percentile, base capped at the level's"
                + " cap, sign-on at least what is left behind; no target is below the offer."
            : "No market band: targets are fixed raises (base +5%, grant +20%, sign-on +50% or"
                + " what is left behind, if more); no target is below the offer.";
    return new PlanSection(
        levers,
        dollars(p.fourYearTotal),
        dollars(proposed),
        delta(proposed - p.fourYearTotal),
        ReportFormats.percent(plan.askPercent(), 2),
        plan.approval().label(),
        basis,
        rounds,
        nonMoney);
  }

  /**
   * The rounds as worded in the report. The planner's last round may repeat a lever already asked
   * for (the playbook's single final ask); it is titled "Final round" and its ask reads "Final ask:
   * RSU grant to $450,000 (the round 1 target, on its own)", so the same words do not simply appear
   * twice. Lever names keep their capitals inside sentences ("the RSU grant").
   */
  static List<RoundItem> rounds(List<NegotiationRound> plan) {
    List<RoundItem> rounds = new ArrayList<>();
    for (int i = 0; i < plan.size(); i++) {
      NegotiationRound r = plan.get(i);
      String approach = r.approach();
      for (LeverAsk l : r.asks()) {
        approach = approach.replace(l.lever().toLowerCase(Locale.ROOT), inSentence(l.lever()));
      }
      approach = typographic(approach);
      Integer earlier = r.asks().size() == 1 ? firstRoundWith(plan, i, r.asks().get(0)) : null;
      if (i == plan.size() - 1 && earlier != null) {
        LeverAsk l = r.asks().get(0);
        String asks =
            "Final ask: "
                + l.lever()
                + " to "
                + money(l.target())
                + " (the round "
                + earlier
                + " target, on its own)";
        rounds.add(new RoundItem("Final round", asks, approach));
        continue;
      }
      String asks =
          r.asks().isEmpty()
              ? "no money ask"
              : r.asks().stream()
                  .map(l -> l.lever() + " to " + money(l.target()))
                  .collect(Collectors.joining("; "));
      rounds.add(new RoundItem("Round " + r.number(), asks, approach));
    }
    return rounds;
  }

  /** The number of the first round before index {@code before} asking for the same lever. */
  private static Integer firstRoundWith(List<NegotiationRound> plan, int before, LeverAsk ask) {
    for (int j = 0; j < before; j++) {
      for (LeverAsk l : plan.get(j).asks()) {
        if (l.lever().equals(ask.lever())) {
          return plan.get(j).number();
        }
      }
    }
    return null;
  }

  /**
   * A lever name as written inside a sentence: "base salary", "sign-on bonus", but "RSU grant" (an
   * acronym keeps its capitals).
   */
  static String inSentence(String lever) {
    if (lever.length() > 1
        && Character.isUpperCase(lever.charAt(0))
        && !Character.isUpperCase(lever.charAt(1))) {
      return Character.toLowerCase(lever.charAt(0)) + lever.substring(1);
    }
    return lever;
  }

  private static ScenarioSection scenarios(Compensation c) {
    StockScenario own =
        c.scenarios().stream().filter(StockScenario::offersOwn).findFirst().orElseThrow();
    long ownTotal = own.fourYearTotal().roundedDollars();
    List<ScenarioRow> rows = new ArrayList<>();
    int decimals =
        ReportFormats.decimalsFor(c.scenarios().stream().map(s -> s.growth().value()).toList(), 2);
    for (StockScenario s : c.scenarios()) {
      long total = s.fourYearTotal().roundedDollars();
      rows.add(
          new ScenarioRow(
              ReportFormats.signedPercentFixed(s.growth().value(), decimals)
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

  private static VestSection vest(Offer o, Compensation c, Printed p) {
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
        ReportFormats.decimalsFor(
            lines.stream().map(l -> l.fraction().multiply(BigDecimal.valueOf(100))).toList(), 2);
    for (int i = 0; i < lines.size(); i++) {
      VestLine l = lines.get(i);
      total += printedValues[i];
      rows.add(
          new VestRow(
              l.date() == null ? "Month " + l.month() : ReportFormats.date(l.date()),
              "Year " + l.year(),
              ReportFormats.percentFixed(l.fraction().multiply(BigDecimal.valueOf(100)), decimals),
              l.shares() == null ? null : ReportFormats.shares(l.shares()),
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
                    + ReportFormats.shares(o.rsuShares())
                    + " shares at "
                    + ReportFormats.moneyWithCents(o.stockPrice())
                    + ")");
    String note =
        "Grant "
            + grant
            + ", vesting "
            + o.vesting().name()
            + "; values at "
            + ReportFormats.signedPercent(o.stockGrowth().value(), 2)
            + " a year share price change"
            + (o.startDate() == null ? "; months count from the start date." : ".");
    return new VestSection(
        note,
        withShares,
        rows,
        ReportFormats.percentFixed(BigDecimal.valueOf(100), decimals),
        withShares ? ReportFormats.shares(o.rsuShares()) : null,
        dollars(total));
  }

  private static CompetitorsSection competitors(Analysis a) {
    Offer o = a.offer();
    if (a.competing().isEmpty()) {
      return new CompetitorsSection(
          "No other offers for " + o.candidate().strip() + " in this batch.", List.of());
    }
    long thisAvg = a.compensation().fourYearAverage().roundedDollars();
    List<String> closeIds =
        dev.offeranalyzer.rules.CloseCalls.of(a.compensation(), a.competing()).stream()
            .map(cc -> cc.other().offer().offerId())
            .toList();
    record Entry(Offer offer, Compensation comp, boolean self, int order) {}
    List<Entry> entries = new ArrayList<>();
    entries.add(new Entry(o, a.compensation(), true, 0));
    int n = 1;
    for (Analysis.Competitor comp : a.competing()) {
      entries.add(new Entry(comp.offer(), comp.compensation(), false, n++));
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
              orNotGiven(eo.location()),
              money(e.comp().year(1).total()),
              money(e.comp().fourYearTotal()),
              dollars(avg),
              e.self()
                  ? "—"
                  : delta(avg - thisAvg) + (closeIds.contains(eo.offerId()) ? " · close call" : ""),
              e.self()));
    }
    return new CompetitorsSection(
        o.candidate().strip()
            + "'s offers in this batch, highest 4-year average first."
            + (closeIds.isEmpty()
                ? ""
                : " This offer is a close call with each offer marked close call: see the"
                    + " CLOSE_CALL findings."),
        rows);
  }

  private static List<String> assumptions(Analysis a) {
    Offer o = a.offer();
    List<String> out = new ArrayList<>();
    out.add(
        a.market() == null
            ? "Market bands: none for this company, level and location."
            : "Market bands: " + a.market().source() + ".");
    out.add("Vesting: " + o.vesting().name() + " — " + describeVesting(o.vesting().events()) + ".");
    out.add(VestCalendar.presetAssumption(o));
    out.add(
        "Share price: "
            + ReportFormats.signedPercent(o.stockGrowth().value(), 2)
            + " a year from the grant price, compounded by month; RSUs are valued when they vest.");
    out.add(
        o.annualBonusPct().isZero()
            ? "Cash bonus: none in the offer."
            : "Cash bonus: the "
                + ReportFormats.percent(o.annualBonusPct())
                + " target of base, paid in full every year.");
    out.add(
        "Hourly rate: the 4-year average over "
            + String.format(java.util.Locale.US, "%,d", CompensationEngine.HOURS_PER_YEAR)
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
    for (String note : a.notes()) {
      out.add(typographic(note));
    }
    return out;
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
      String pct = ReportFormats.percent(f.multiply(BigDecimal.valueOf(100)), 2);
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

  /** The printed whole-dollar figures of the four years, all adding up. */
  static final class Printed {
    static final int BASE = 0;
    static final int SIGN_ON = 1;
    static final int RSU = 2;
    static final int BONUS = 3;

    final long fourYearTotal;
    final long[] yearTotals;
    final long[][] parts;

    private Printed(long fourYearTotal, long[] yearTotals, long[][] parts) {
      this.fourYearTotal = fourYearTotal;
      this.yearTotals = yearTotals;
      this.parts = parts;
    }

    static Printed of(Compensation c) {
      long total = c.fourYearTotal().roundedDollars();
      long[] years =
          WholeDollars.apportion(c.years().stream().map(YearComp::total).toList(), total);
      long[][] parts = new long[4][];
      for (int k = 0; k < 4; k++) {
        YearComp y = c.years().get(k);
        parts[k] =
            WholeDollars.apportion(List.of(y.base(), y.signOn(), y.rsu(), y.bonus()), years[k]);
      }
      return new Printed(total, years, parts);
    }
  }
}
