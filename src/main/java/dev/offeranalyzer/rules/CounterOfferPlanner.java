package dev.offeranalyzer.rules;

import dev.offeranalyzer.engine.Compensation;
import dev.offeranalyzer.engine.CompensationEngine;
import dev.offeranalyzer.market.Component;
import dev.offeranalyzer.market.MarketBands;
import dev.offeranalyzer.offer.Money;
import dev.offeranalyzer.offer.Offer;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Builds the counter-offer plan of SPEC section 7 as data: the targets ({@link LeverTargets}), the
 * rounds ({@link NegotiationRounds}), who approves ({@link Approvals}) and the levers besides money
 * ({@link NonMoneyLevers}). Words nothing: report.model words the plan. Pure and thread-safe.
 *
 * <p>A grant given in shares is proposed as a dollar {@code rsu_value} (shares and price are
 * dropped from the proposal). The sign-on total is split in the offer's own year-1/year-2
 * proportion (year 1 rounded half-up to cents, year 2 takes the rest), or all in year 1 when the
 * offer has no sign-on.
 *
 * <p>Each lever's 4-year value is what applying that lever alone adds to the offer's 4-year total
 * through the engine (so a base raise includes its bonus, and a grant raise its growth).
 */
public final class CounterOfferPlanner {

  private final CompensationEngine engine;
  private final LeverTargets targets;
  private final NonMoneyLevers nonMoney;
  private final Thresholds thresholds;

  public CounterOfferPlanner(CompensationEngine engine, Thresholds thresholds) {
    this.engine = Objects.requireNonNull(engine, "engine");
    this.thresholds = Objects.requireNonNull(thresholds, "thresholds");
    this.targets = new LeverTargets(thresholds);
    this.nonMoney = new NonMoneyLevers(thresholds);
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
    LeverTargets.Target base = targets.base(offer, bands, baseCap);
    LeverTargets.Target grant = targets.grant(offer, bands);
    LeverTargets.Target signOn = targets.signOn(offer, bands);

    Offer.Builder withBase = offer.toBuilder().baseSalary(base.value());
    Offer.Builder withGrant = applyGrant(offer.toBuilder(), offer, grant.value());
    Offer.Builder withSignOn = applySignOn(offer.toBuilder(), offer, signOn.value());
    Offer proposedOffer =
        applySignOn(applyGrant(offer.toBuilder(), offer, grant.value()), offer, signOn.value())
            .baseSalary(base.value())
            .build();

    Money offeredTotal = offered.fourYearTotal();
    List<LeverAsk> levers = new ArrayList<>();
    levers.add(lever(Lever.BASE, offer.baseSalary(), base, withBase.build(), offeredTotal, offer));
    levers.add(
        lever(Lever.GRANT, offer.grantValue(), grant, withGrant.build(), offeredTotal, offer));
    levers.add(
        lever(Lever.SIGN_ON, offer.signOnTotal(), signOn, withSignOn.build(), offeredTotal, offer));
    levers.sort(Comparator.comparing(LeverAsk::fourYearValue).reversed());

    Compensation proposed = engine.compute(proposedOffer);
    Money increase = proposed.fourYearTotal().minus(offeredTotal);
    boolean fromBand =
        bands != null
            && bands.get(Component.BASE).isPresent()
            && bands.get(Component.EQUITY_4YR).isPresent()
            && bands.get(Component.SIGNING).isPresent();
    return new CounterOfferPlan(
        levers,
        NegotiationRounds.of(levers),
        nonMoney.of(offer),
        proposedOffer,
        proposed,
        increase,
        Approvals.askPercent(increase, offeredTotal),
        Approvals.approval(increase, offeredTotal, thresholds),
        fromBand);
  }

  private LeverAsk lever(
      Lever lever,
      Money offeredValue,
      LeverTargets.Target t,
      Offer alone,
      Money offeredTotal,
      Offer offer) {
    Money value = engine.fourYearTotal(alone, offer.stockGrowth()).minus(offeredTotal);
    return new LeverAsk(lever, offeredValue, t.value(), value, t.reason());
  }

  static Offer.Builder applyGrant(Offer.Builder b, Offer offer, Money target) {
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
}
