package dev.offeranalyzer.rules;

import static dev.offeranalyzer.offer.Formats.money;
import static dev.offeranalyzer.offer.Formats.moneyWithCents;
import static dev.offeranalyzer.offer.Formats.percent;
import static dev.offeranalyzer.offer.Formats.quantity;

import dev.offeranalyzer.engine.Compensation;
import dev.offeranalyzer.engine.CompensationEngine;
import dev.offeranalyzer.market.Band;
import dev.offeranalyzer.market.Component;
import dev.offeranalyzer.market.Levels;
import dev.offeranalyzer.market.MarketBands;
import dev.offeranalyzer.offer.Money;
import dev.offeranalyzer.offer.Offer;
import dev.offeranalyzer.offer.WorkMode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Builds the counter-offer plan of SPEC section 7. Pure and thread-safe.
 *
 * <p>Targets, per lever, from the offer's band for that component when the data has one, else from
 * the fallback raises of {@link Thresholds}:
 *
 * <ul>
 *   <li>base: with a band {@code max(base, min(cap, P75))} ({@code max(base, P75)} when no cap is
 *       known); without {@code max(base, min(cap, base * 1.05))}.
 *   <li>grant: with a band {@code max(G, P75)}; without {@code G * 1.20}. A grant given in shares
 *       is proposed as a dollar {@code rsu_value} (shares and price are dropped from the proposal).
 *   <li>sign-on total: with a band {@code max(offered, P75, forfeited)}; without {@code max(offered
 *       * 1.5, forfeited)}, where forfeited is unvested equity plus forfeited bonus. The total is
 *       split in the offer's own year-1/year-2 proportion (year 1 rounded half-up to cents, year 2
 *       takes the rest), or all in year 1 when the offer has no sign-on.
 * </ul>
 *
 * <p>Each lever's 4-year value is what applying that lever alone adds to the offer's 4-year total
 * through the engine (so a base raise includes its bonus, and a grant raise its growth).
 */
public final class CounterOfferPlanner {

  public static final String BASE = "Base salary";
  public static final String GRANT = "RSU grant";
  public static final String SIGN_ON = "Sign-on bonus";

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final CompensationEngine engine;
  private final Thresholds thresholds;

  public CounterOfferPlanner(CompensationEngine engine, Thresholds thresholds) {
    this.engine = Objects.requireNonNull(engine, "engine");
    this.thresholds = Objects.requireNonNull(thresholds, "thresholds");
  }

  /**
   * Plans the counter-offer.
   *
   * @param offered the engine's result for {@code offer}
   * @param bands the offer's bands, or null when there are none
   * @param baseCap the level's base cap, or null when none is known
   */
  public CounterOfferPlan plan(
      Offer offer, Compensation offered, MarketBands bands, Money baseCap) {
    Optional<Band> baseBand = band(bands, Component.BASE);
    Optional<Band> equityBand = band(bands, Component.EQUITY_4YR);
    Optional<Band> signingBand = band(bands, Component.SIGNING);
    String market = bands == null ? "" : bands.describe() + " ";
    int p = thresholds.targetPercentile();

    Target base = baseTarget(offer, baseBand, baseCap, market, p);
    Target grant = grantTarget(offer, equityBand, market, p);
    Target signOn = signOnTarget(offer, signingBand, market, p);

    Offer.Builder withBase = offer.toBuilder().baseSalary(base.value());
    Offer.Builder withGrant = applyGrant(offer.toBuilder(), offer, grant.value());
    Offer.Builder withSignOn = applySignOn(offer.toBuilder(), offer, signOn.value());
    Offer proposedOffer =
        applySignOn(applyGrant(offer.toBuilder(), offer, grant.value()), offer, signOn.value())
            .baseSalary(base.value())
            .build();

    Money offeredTotal = offered.fourYearTotal();
    List<LeverAsk> levers = new ArrayList<>();
    levers.add(lever(BASE, offer.baseSalary(), base, withBase.build(), offeredTotal, offer));
    levers.add(lever(GRANT, offer.grantValue(), grant, withGrant.build(), offeredTotal, offer));
    levers.add(
        lever(SIGN_ON, offer.signOnTotal(), signOn, withSignOn.build(), offeredTotal, offer));
    levers.sort(Comparator.comparing(LeverAsk::fourYearValue).reversed());

    Compensation proposed = engine.compute(proposedOffer);
    Money increase = proposed.fourYearTotal().minus(offeredTotal);
    return new CounterOfferPlan(
        levers,
        rounds(levers),
        nonMoneyLevers(offer),
        proposedOffer,
        proposed,
        increase,
        askPercent(increase, offeredTotal),
        approval(increase, offeredTotal, thresholds),
        baseBand.isPresent() && equityBand.isPresent() && signingBand.isPresent());
  }

  /**
   * The ask as a percent number of the offered 4-year total, rounded half-up to 2 decimals. Zero
   * when the offered total is zero (no percentage exists).
   */
  public static BigDecimal askPercent(Money increase, Money offeredTotal) {
    if (offeredTotal.isZero()) {
      return BigDecimal.ZERO.setScale(2);
    }
    return increase
        .amount()
        .multiply(HUNDRED)
        .divide(offeredTotal.amount(), 2, RoundingMode.HALF_UP);
  }

  /**
   * Who approves an ask, from the exact ratio {@code increase / offeredTotal}: up to and including
   * the recruiter limit the recruiter, then the hiring manager, a director, and above the director
   * limit a VP. When the offered total is zero, any increase needs a VP.
   */
  public static Approval approval(Money increase, Money offeredTotal, Thresholds t) {
    BigDecimal scaledIncrease = increase.amount().multiply(HUNDRED);
    BigDecimal total = offeredTotal.amount();
    if (offeredTotal.isZero()) {
      return increase.isZero() ? Approval.RECRUITER : Approval.VP;
    }
    if (scaledIncrease.compareTo(t.recruiterLimitPercent().multiply(total)) <= 0) {
      return Approval.RECRUITER;
    }
    if (scaledIncrease.compareTo(t.hiringManagerLimitPercent().multiply(total)) <= 0) {
      return Approval.HIRING_MANAGER;
    }
    if (scaledIncrease.compareTo(t.directorLimitPercent().multiply(total)) <= 0) {
      return Approval.DIRECTOR;
    }
    return Approval.VP;
  }

  /**
   * Groups the levers with a nonzero ask into rounds, largest 4-year value first (the playbook's
   * "2-3 levers, then the highest-impact remaining one, then a single final ask"):
   *
   * <ol>
   *   <li>Round 1: the three largest asks when there are four or more, else the two largest (the
   *       only one, when there is one).
   *   <li>Round 2: the largest ask not in round 1, if any.
   *   <li>Final round (numbered next): when round 1 held more than one ask, a single final ask on
   *       the largest lever, to be made only if a real gap remains.
   * </ol>
   *
   * <p>With the three money levers this gives: three asks: [A, B], [C], [A]; two: [A, B], [A]; one:
   * [A]; none: no rounds.
   */
  public static List<NegotiationRound> rounds(List<LeverAsk> levers) {
    List<LeverAsk> open =
        levers.stream()
            .filter(l -> l.ask().isGreaterThan(Money.ZERO))
            .sorted(Comparator.comparing(LeverAsk::fourYearValue).reversed())
            .toList();
    List<NegotiationRound> rounds = new ArrayList<>();
    if (open.isEmpty()) {
      return rounds;
    }
    int first = open.size() >= 4 ? 3 : Math.min(2, open.size());
    rounds.add(
        new NegotiationRound(
            1,
            open.subList(0, first),
            "Take at least 48 hours, thank them for the offer, then ask for "
                + (first == 1 ? "this" : "these " + first + " together")
                + ", each backed by market data or what you forfeit."));
    if (open.size() > first) {
      rounds.add(
          new NegotiationRound(
              rounds.size() + 1,
              List.of(open.get(first)),
              "After they respond, thank them for any movement and make one more ask, on the"
                  + " largest lever still open."));
    }
    if (first > 1) {
      LeverAsk top = open.get(0);
      rounds.add(
          new NegotiationRound(
              rounds.size() + 1,
              List.of(top),
              "Only if a real gap remains: one specific final request with a commitment, e.g. \"If"
                  + " you can bring the "
                  + top.lever().toLowerCase(java.util.Locale.ROOT)
                  + " to "
                  + money(top.target())
                  + ", I am ready to sign.\""));
    }
    return rounds;
  }

  private Target baseTarget(
      Offer offer, Optional<Band> band, Money cap, String market, int percentile) {
    Money base = offer.baseSalary();
    if (band.isPresent()) {
      Money pTarget = band.get().percentile(percentile);
      Money capped = cap == null ? pTarget : pTarget.min(cap);
      Money target = base.max(capped);
      String why;
      if (!target.isGreaterThan(base)) {
        why =
            cap != null && !base.isLessThan(cap)
                ? "Already at or above the "
                    + level(offer)
                    + "cap of "
                    + money(cap)
                    + ": no base raise; push sign-on and RSUs instead"
                : "Already at or above the "
                    + percentile
                    + "th percentile ("
                    + money(pTarget)
                    + "): no base raise";
      } else if (capped.compareTo(pTarget) < 0) {
        why =
            "The "
                + percentile
                + "th percentile of the "
                + market
                + "base band is "
                + money(pTarget)
                + ", held at the "
                + level(offer)
                + "cap of "
                + money(cap);
      } else {
        why = "The " + percentile + "th percentile of the " + market + "base band";
      }
      return new Target(target, why);
    }
    Money raised = base.times(factor(thresholds.fallbackBaseRaisePercent()));
    Money capped = cap == null ? raised : raised.min(cap);
    Money target = base.max(capped);
    String raise = percent(thresholds.fallbackBaseRaisePercent());
    String why;
    if (!target.isGreaterThan(base)) {
      why =
          cap != null && !base.isLessThan(cap)
              ? "No market band; already at or above the "
                  + level(offer)
                  + "cap of "
                  + money(cap)
                  + ": no base raise"
              : "No market band, and no base to raise";
    } else if (capped.compareTo(raised) < 0) {
      why =
          "No market band: "
              + raise
              + " above the offer, held at the "
              + level(offer)
              + "cap of "
              + money(cap);
    } else {
      why = "No market band: " + raise + " above the offer";
    }
    return new Target(target, why);
  }

  private Target grantTarget(Offer offer, Optional<Band> band, String market, int percentile) {
    Money grant = offer.grantValue();
    Target t;
    if (band.isPresent()) {
      Money pTarget = band.get().percentile(percentile);
      Money target = grant.max(pTarget);
      t =
          new Target(
              target,
              target.isGreaterThan(grant)
                  ? "The " + percentile + "th percentile of the " + market + "equity band"
                  : "Already at or above the "
                      + percentile
                      + "th percentile ("
                      + money(pTarget)
                      + "): no grant raise");
    } else {
      t =
          new Target(
              grant.times(factor(thresholds.fallbackGrantRaisePercent())),
              "No market band: "
                  + percent(thresholds.fallbackGrantRaisePercent())
                  + " above the offer");
    }
    if (offer.grantInSharesOnly()) {
      return new Target(
          t.value(),
          t.why()
              + "; asked as a dollar value (the offer gave "
              + quantity(offer.rsuShares())
              + " shares at "
              + moneyWithCents(offer.stockPrice())
              + "), so the proposal sets rsu_value to "
              + money(t.value()));
    }
    return t;
  }

  private Target signOnTarget(Offer offer, Optional<Band> band, String market, int percentile) {
    Money offered = offer.signOnTotal();
    Money forfeited = offer.walkAwayCost();
    Money fromMarket;
    String marketWhy;
    if (band.isPresent()) {
      fromMarket = band.get().percentile(percentile);
      marketWhy = "The " + percentile + "th percentile of the " + market + "sign-on band";
    } else {
      fromMarket = offered.times(factor(thresholds.fallbackSignOnRaisePercent()));
      marketWhy =
          "No market band: "
              + percent(thresholds.fallbackSignOnRaisePercent())
              + " above the offer";
    }
    Money target = offered.max(fromMarket).max(forfeited);
    String why;
    if (!target.isGreaterThan(offered)) {
      why = "The offered sign-on already meets the target: no sign-on raise";
    } else if (forfeited.compareTo(fromMarket) > 0) {
      why = "Covers the " + money(forfeited) + " of unvested equity and bonus you forfeit";
    } else {
      why = marketWhy;
    }
    if (target.isGreaterThan(offered)) {
      why += offered.isZero() ? "; all in year 1" : "; split between the years as offered";
    }
    return new Target(target, why);
  }

  private LeverAsk lever(
      String name, Money offeredValue, Target t, Offer alone, Money offeredTotal, Offer offer) {
    Money value = engine.fourYearTotal(alone, offer.stockGrowth()).minus(offeredTotal);
    return new LeverAsk(name, offeredValue, t.value(), value, t.why());
  }

  private static Offer.Builder applyGrant(Offer.Builder b, Offer offer, Money target) {
    if (offer.grantInSharesOnly() || !target.equals(offer.grantValue())) {
      b.rsuValue(target).rsuShares(null).stockPrice(null);
    }
    return b;
  }

  /** Splits a sign-on total in the offer's proportion; year 2 takes the rounding remainder. */
  static Offer.Builder applySignOn(Offer.Builder b, Offer offer, Money total) {
    Money offered = offer.signOnTotal();
    if (offered.isZero()) {
      return b.signOnYear1(total).signOnYear2(Money.ZERO);
    }
    Money year1 =
        Money.of(
            total
                .amount()
                .multiply(offer.signOnYear1().amount())
                .divide(offered.amount(), 2, RoundingMode.HALF_UP));
    return b.signOnYear1(year1).signOnYear2(total.minus(year1));
  }

  private List<NonMoneyLever> nonMoneyLevers(Offer offer) {
    List<NonMoneyLever> out = new ArrayList<>();
    if (offer.offerDate() != null && offer.startDate() != null) {
      long days = ChronoUnit.DAYS.between(offer.offerDate(), offer.startDate());
      StartDateLeverageRule.Tier tier = StartDateLeverageRule.tier(days, thresholds);
      String advice =
          switch (tier) {
            case WEAKEST, STANDARD ->
                "Your start is "
                    + days
                    + " days after the offer. Consider proposing a later start (six weeks or"
                    + " more) to finish current commitments; a later date strengthens your hand.";
            case SOME ->
                "Your start is "
                    + days
                    + " days after the offer, which shows some flexibility. Offer to adjust it in"
                    + " exchange for movement on the package.";
            case STRONG, MAXIMUM ->
                "Your start is "
                    + days
                    + " days after the offer, a strong position. Tie the date to finishing"
                    + " current work and use it to revisit the package.";
          };
      out.add(new NonMoneyLever("Start date", advice));
    }
    if (Levels.isAbove(offer.targetLevel(), offer.level())) {
      String target = Levels.canonical(offer.targetLevel());
      out.add(
          new NonMoneyLever(
              "Level",
              "You target "
                  + target
                  + " and are offered "
                  + Levels.canonical(offer.level())
                  + ". Ask for a level reassessment; otherwise a written 12-month path to "
                  + target
                  + " with milestones, or a 6-month review with a retroactive adjustment."));
    }
    if (offer.workMode() != null) {
      String advice =
          switch (offer.workMode()) {
            case ONSITE ->
                "The role is onsite. Ask whether a hybrid schedule (for example three office days"
                    + " a week) is possible, and have it written into the offer letter.";
            case HYBRID ->
                "The role is hybrid. Have the agreed office days written into the offer letter.";
            case REMOTE ->
                "The role is remote. Get remote status in writing, and check the offer does not"
                    + " quietly carry a 5-10% remote discount.";
          };
      out.add(new NonMoneyLever(workModeLabel(offer.workMode()), advice));
    }
    if (offer.relocation() != null) {
      out.add(
          new NonMoneyLever(
              "Relocation",
              offer.relocation().isZero()
                  ? "No relocation money is offered. If you move, ask for a package (typically"
                      + " $10,000 to $50,000): moving costs, temporary housing, lease-break fees"
                      + " and a tax gross-up."
                  : "Relocation of "
                      + money(offer.relocation())
                      + " is offered. Check it covers moving, temporary housing and lease-break"
                      + " fees, and ask for a tax gross-up."));
    }
    if (offer.annualBonusPct().isZero()) {
      boolean amazon = offer.company().trim().equalsIgnoreCase(Offer.DEFAULT_COMPANY);
      out.add(
          new NonMoneyLever(
              "Refreshers",
              (amazon ? "Amazon pays no cash bonus." : "No cash bonus is offered.")
                  + " Ask instead for guaranteed RSU refreshers or a guaranteed first-year"
                  + " bonus."));
    }
    return out;
  }

  private static String workModeLabel(WorkMode mode) {
    return mode == WorkMode.REMOTE ? "Remote work" : "Hybrid schedule";
  }

  private static String level(Offer offer) {
    String l = Levels.canonical(offer.level());
    return l == null ? "" : l + " ";
  }

  private static BigDecimal factor(BigDecimal raisePercent) {
    return BigDecimal.ONE.add(raisePercent.divide(HUNDRED));
  }

  private static Optional<Band> band(MarketBands bands, Component c) {
    return bands == null ? Optional.empty() : bands.get(c);
  }

  private record Target(Money value, String why) {}
}
