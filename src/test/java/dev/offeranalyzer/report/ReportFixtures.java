package dev.offeranalyzer.report;

import dev.offeranalyzer.config.Settings;
import dev.offeranalyzer.config.SettingsAccess;
import dev.offeranalyzer.engine.Compensation;
import dev.offeranalyzer.engine.CompensationEngine;
import dev.offeranalyzer.market.Band;
import dev.offeranalyzer.market.ComponentComparison;
import dev.offeranalyzer.market.MarketComparison;
import dev.offeranalyzer.market.Placement;
import dev.offeranalyzer.market.Position;
import dev.offeranalyzer.offer.Money;
import dev.offeranalyzer.offer.Offer;
import dev.offeranalyzer.offer.Percent;
import dev.offeranalyzer.offer.WorkMode;
import dev.offeranalyzer.rules.Analysis;
import dev.offeranalyzer.rules.Approval;
import dev.offeranalyzer.rules.CounterOfferPlan;
import dev.offeranalyzer.rules.Finding;
import dev.offeranalyzer.rules.Lever;
import dev.offeranalyzer.rules.LeverAsk;
import dev.offeranalyzer.rules.NegotiationRound;
import dev.offeranalyzer.rules.NonMoneyLever;
import dev.offeranalyzer.rules.Severity;
import dev.offeranalyzer.rules.StartDateLeverageRule;
import dev.offeranalyzer.rules.TargetReason;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;

/**
 * Hand-made analyses for report tests: the real compensation engine for the figures, and a market
 * comparison, findings and plan built here by the rules of SPEC sections 5-7 (linear bands, no
 * percentile points), so the report can be tested before the analyzer exists.
 */
public final class ReportFixtures {

  public static final LocalDate REPORT_DATE = LocalDate.of(2026, 1, 20);
  static final CompensationEngine ENGINE = new CompensationEngine();

  private ReportFixtures() {}

  /** The Seattle L6 band of the playbook's 2024-2025 table. */
  public record Bands(Band base, Band equity, Band signing, Money baseCap, String label) {}

  public static final Bands SEATTLE_L6 =
      new Bands(
          Band.of(Money.of(180_000), Money.of(220_000)),
          Band.of(Money.of(300_000), Money.of(500_000)),
          Band.of(Money.of(100_000), Money.of(200_000)),
          Money.of(220_000),
          "Seattle L6");

  /** Jane Doe's Amazon L6 offer in Seattle: every field given. */
  public static Offer.Builder jane() {
    return Offer.builder()
        .offerId("offers-2")
        .candidate("Jane Doe")
        .email("jane@example.com")
        .company("Amazon")
        .role("Senior Software Development Engineer")
        .level("L6")
        .location("Seattle")
        .baseSalary(Money.of(195_000))
        .signOnYear1(Money.of(85_000))
        .signOnYear2(Money.of(65_000))
        .rsuValue(Money.of(420_000))
        .stockGrowth(Percent.of(8))
        .unvestedEquity(Money.of(120_000))
        .forfeitedBonus(Money.of(25_000))
        .walkAway(Money.of(300_000))
        .targetLevel("L7")
        .offerDate(LocalDate.of(2026, 1, 12))
        .startDate(LocalDate.of(2026, 3, 2))
        .decisionDeadline(LocalDate.of(2026, 1, 19))
        .workMode(WorkMode.HYBRID)
        .relocation(Money.of(15_000));
  }

  /** Only what an offer must have. */
  public static Offer.Builder minimal() {
    return Offer.builder()
        .offerId("min-1")
        .candidate("Sam Lee")
        .baseSalary(Money.of(180_000))
        .rsuValue(Money.of(300_000));
  }

  public static Settings settings() {
    Properties p = new Properties();
    p.setProperty("coach.name", "Ana Coach");
    p.setProperty("coach.contact", "Career Coaching LLC · +1 206 555 0100");
    p.setProperty("coach.email", "ana@coaching.example");
    p.setProperty("report.date", REPORT_DATE.toString());
    return SettingsAccess.fromProperties(p);
  }

  public static Settings a4Settings() {
    Properties p = new Properties();
    p.setProperty("report.page-size", "A4");
    return SettingsAccess.fromProperties(p);
  }

  public static Analysis analysis(Offer offer, Bands bands, List<Offer> competitors) {
    Compensation c = ENGINE.compute(offer);
    MarketComparison market = bands == null ? null : market(offer, c, bands);
    List<Analysis.Competitor> comps = new ArrayList<>();
    for (Offer o : competitors) {
      comps.add(new Analysis.Competitor(o, ENGINE.compute(o)));
    }
    CounterOfferPlan plan = plan(offer, c, bands);
    List<Finding> findings = findings(offer, c, market, comps);
    List<String> notes =
        bands == null
            ? List.of(
                "No market data for "
                    + offer.company()
                    + " "
                    + offer.level()
                    + " "
                    + offer.location()
                    + ": market rules skipped")
            : List.of();
    return new Analysis(offer, c, market, findings, plan, comps, notes);
  }

  public static Analysis janeAnalysis() {
    return analysis(jane().build(), SEATTLE_L6, List.of());
  }

  static Position position(Band band, Money v) {
    if (v.isLessThan(band.low())) {
      return new Position(BigDecimal.ZERO.setScale(2), Placement.BELOW_BAND);
    }
    if (v.isGreaterThan(band.high())) {
      return new Position(BigDecimal.valueOf(100).setScale(2), Placement.ABOVE_BAND);
    }
    BigDecimal p =
        v.amount()
            .subtract(band.low().amount())
            .multiply(BigDecimal.valueOf(100))
            .divide(band.high().amount().subtract(band.low().amount()), 2, RoundingMode.HALF_UP);
    return new Position(p, Placement.IN_BAND);
  }

  static Money p(Band band, int pct) {
    return Money.of(
        band.low()
            .amount()
            .add(
                band.high()
                    .amount()
                    .subtract(band.low().amount())
                    .multiply(BigDecimal.valueOf(pct))
                    .divide(BigDecimal.valueOf(100))));
  }

  static MarketComparison market(Offer o, Compensation c, Bands b) {
    Band avg =
        Band.of(
            b.base().low().plus(b.equity().low().dividedBy(4)).plus(b.signing().low().dividedBy(4)),
            b.base()
                .high()
                .plus(b.equity().high().dividedBy(4))
                .plus(b.signing().high().dividedBy(4)));
    List<ComponentComparison> rows =
        List.of(
            new ComponentComparison(
                "Base salary", b.base(), o.baseSalary(), position(b.base(), o.baseSalary())),
            new ComponentComparison(
                "RSU grant (4 years)",
                b.equity(),
                o.grantValue(),
                position(b.equity(), o.grantValue())),
            new ComponentComparison(
                "Sign-on (both years)",
                b.signing(),
                o.signOnTotal(),
                position(b.signing(), o.signOnTotal())),
            new ComponentComparison(
                "4-year average", avg, c.fourYearAverage(), position(avg, c.fourYearAverage())));
    return new MarketComparison(
        rows,
        avg,
        position(avg, c.fourYearAverage()),
        b.baseCap(),
        "built-in 2024-2025 bands (" + b.label() + ")");
  }

  static CounterOfferPlan plan(Offer o, Compensation c, Bands b) {
    Money baseT;
    Money grantT;
    Money signT;
    if (b != null) {
      baseT = o.baseSalary().max(b.baseCap().min(p(b.base(), 75)));
      grantT = o.grantValue().max(p(b.equity(), 75));
      signT = o.signOnTotal().max(p(b.signing(), 75)).max(o.walkAwayCost());
    } else {
      baseT = o.baseSalary().times(new BigDecimal("1.05"));
      grantT = o.grantValue().times(new BigDecimal("1.20"));
      signT = o.signOnTotal().times(new BigDecimal("1.5")).max(o.walkAwayCost());
    }
    Money s1;
    Money s2;
    if (o.signOnTotal().isZero()) {
      s1 = signT;
      s2 = Money.ZERO;
    } else {
      s1 =
          Money.of(
              signT
                  .amount()
                  .multiply(o.signOnYear1().amount())
                  .divide(o.signOnTotal().amount(), 2, RoundingMode.HALF_UP));
      s2 = signT.minus(s1);
    }
    Offer.Builder pb = o.toBuilder().baseSalary(baseT).signOnYear1(s1).signOnYear2(s2);
    if (o.grantInSharesOnly()) {
      pb.rsuValue(grantT);
    } else {
      pb.rsuValue(grantT);
    }
    Offer proposed = pb.build();
    Compensation pc = ENGINE.compute(proposed);
    List<LeverAsk> levers = new ArrayList<>();
    levers.add(
        new LeverAsk(
            Lever.BASE,
            o.baseSalary(),
            baseT,
            baseT.minus(o.baseSalary()).times(BigDecimal.valueOf(4)),
            b == null
                ? new TargetReason.FallbackRaise(BigDecimal.valueOf(5))
                : new TargetReason.BandPercentile(75, b.label(), p(b.base(), 75))));
    levers.add(
        new LeverAsk(
            Lever.GRANT,
            o.grantValue(),
            grantT,
            ENGINE
                .fourYearTotal(o.toBuilder().rsuValue(grantT).build(), o.stockGrowth())
                .minus(c.fourYearTotal()),
            b == null
                ? new TargetReason.FallbackRaise(BigDecimal.valueOf(20))
                : new TargetReason.BandPercentile(75, b.label(), p(b.equity(), 75))));
    levers.add(
        new LeverAsk(
            Lever.SIGN_ON,
            o.signOnTotal(),
            signT,
            signT.minus(o.signOnTotal()),
            o.walkAwayCost().isZero()
                ? new TargetReason.FallbackRaise(BigDecimal.valueOf(50))
                : new TargetReason.CoversLeftBehind(o.walkAwayCost())));
    levers.sort(Comparator.comparing(LeverAsk::fourYearValue).reversed());
    List<NegotiationRound> rounds =
        List.of(
            new NegotiationRound(1, NegotiationRound.Step.OPENING, levers.subList(0, 2)),
            new NegotiationRound(2, NegotiationRound.Step.FOLLOW_UP, levers.subList(2, 3)),
            new NegotiationRound(3, NegotiationRound.Step.FINAL, levers.subList(0, 1)));
    List<NonMoneyLever> nonMoney = new ArrayList<>();
    if (o.startDate() != null && o.offerDate() != null) {
      nonMoney.add(
          new NonMoneyLever.StartDate(
              java.time.temporal.ChronoUnit.DAYS.between(o.offerDate(), o.startDate()),
              StartDateLeverageRule.Tier.SOME));
    }
    if (o.targetLevel() != null && o.level() != null) {
      nonMoney.add(new NonMoneyLever.Level(o.level(), o.targetLevel()));
    }
    Money increase = pc.fourYearTotal().minus(c.fourYearTotal());
    BigDecimal ratio =
        increase
            .amount()
            .multiply(BigDecimal.valueOf(100))
            .divide(c.fourYearTotal().amount(), 10, RoundingMode.HALF_UP);
    Approval approval =
        ratio.compareTo(BigDecimal.TEN) <= 0
            ? Approval.RECRUITER
            : ratio.compareTo(BigDecimal.valueOf(20)) <= 0
                ? Approval.HIRING_MANAGER
                : ratio.compareTo(BigDecimal.valueOf(30)) <= 0 ? Approval.DIRECTOR : Approval.VP;
    return new CounterOfferPlan(
        levers,
        rounds,
        nonMoney,
        proposed,
        pc,
        increase,
        ratio.setScale(2, RoundingMode.HALF_UP),
        approval,
        b != null);
  }

  static List<Finding> findings(
      Offer o, Compensation c, MarketComparison m, List<Analysis.Competitor> comps) {
    List<Finding> out = new ArrayList<>();
    if (o.grantInSharesOnly()) {
      out.add(
          new Finding(
              "RSU_IN_SHARES",
              Severity.INFO,
              "Grant given in shares",
              o.rsuShares().toPlainString() + " shares at " + o.stockPrice(),
              "Negotiate the grant in dollars."));
    }
    if (c.year(3).total().isLessThan(c.year(1).total())) {
      out.add(
          new Finding(
              "CLIFF_Y3",
              Severity.RED_FLAG,
              "Year 3 pays less than year 1",
              "Year 1 $"
                  + c.year(1).total().roundedDollars()
                  + "; year 3 $"
                  + c.year(3).total().roundedDollars()
                  + " ("
                  + dev.offeranalyzer.offer.Formats.signedMoney(
                      c.year(3).total().minus(c.year(1).total()))
                  + ")",
              "Ask for a larger grant or a year-3 sign-on."));
    }
    if (o.walkAway() != null && c.fourYearAverage().isLessThan(o.walkAway())) {
      out.add(
          new Finding(
              "BELOW_WALK_AWAY",
              Severity.RED_FLAG,
              "Below your walk-away number",
              "4-year average " + c.fourYearAverage() + " vs walk-away " + o.walkAway(),
              "Do not accept as is."));
    }
    if (m != null && m.marketPosition().percent().compareTo(BigDecimal.valueOf(50)) < 0) {
      out.add(
          new Finding(
              "BELOW_MEDIAN",
              Severity.OPPORTUNITY,
              "Below the market median",
              "Market position " + m.marketPosition().percent(),
              "Ask for the 75th percentile."));
    }
    for (Analysis.Competitor comp : comps) {
      if (comp.compensation().fourYearAverage().isGreaterThan(c.fourYearAverage())) {
        out.add(
            new Finding(
                "COMPETING_OFFER_HIGHER",
                Severity.OPPORTUNITY,
                "A competing offer pays more",
                comp.offer().company() + " " + comp.compensation().fourYearAverage(),
                "Use it as leverage."));
        break;
      }
    }
    out.sort(Comparator.comparing(Finding::severity));
    return out;
  }
}
