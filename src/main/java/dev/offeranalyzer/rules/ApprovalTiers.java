package dev.offeranalyzer.rules;

import dev.offeranalyzer.engine.Compensation;
import dev.offeranalyzer.engine.CompensationEngine;
import dev.offeranalyzer.offer.Money;
import dev.offeranalyzer.offer.Offer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The approval tiers of SPEC section 14: for each tier below the full plan's (Recruiter, Hiring
 * manager, Director), the largest ask that stays within the tier's limit. Pure and thread-safe.
 *
 * <p>Levers are taken in the plan's order (largest 4-year value first). A lever's whole ask is
 * added while the increase stays within the tier; the first lever that does not fit is moved from
 * the offered amount by the most that keeps within the tier, rounded down to a whole 1,000 of the
 * lever's own amount (yearly base, grant value, or sign-on total split as the plan splits it); no
 * lever after it is asked (a part the engine finds a cent over the limit steps down by 1,000).
 * "Within" is the exact ratio test of {@link Approvals#approval}: {@code increase * 100 <= limit *
 * offered total}.
 */
public final class ApprovalTiers {

  private static final BigDecimal STEP = BigDecimal.valueOf(1000);
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final CompensationEngine engine;
  private final Thresholds thresholds;

  public ApprovalTiers(CompensationEngine engine, Thresholds thresholds) {
    this.engine = Objects.requireNonNull(engine, "engine");
    this.thresholds = Objects.requireNonNull(thresholds, "thresholds");
  }

  /**
   * The full plan first, then one row per tier below the full plan's approval, lowest first. Only
   * the full plan when it is within the recruiter's limit.
   *
   * @param offered the engine's result for {@code offer}
   */
  public List<TierPlan> plans(Offer offer, Compensation offered, CounterOfferPlan plan) {
    List<TierPlan> out = new ArrayList<>();
    Offer full = plan.proposedOffer();
    out.add(
        new TierPlan(
            null,
            full.baseSalary(),
            full.grantValue(),
            full.signOnTotal(),
            plan.proposed().fourYearTotal(),
            plan.increase(),
            plan.askPercent()));
    if (plan.approval() == Approval.RECRUITER) {
      return out;
    }
    List<Prefix> prefixes = prefixes(offer, offered.fourYearTotal(), plan.levers());
    for (Approval tier : List.of(Approval.RECRUITER, Approval.HIRING_MANAGER, Approval.DIRECTOR)) {
      if (tier.compareTo(plan.approval()) >= 0) {
        break;
      }
      out.add(withinTier(offer, offered.fourYearTotal(), prefixes, tier));
    }
    return out;
  }

  /** The tier's limit as a percent number (10 for 10%). */
  public BigDecimal limit(Approval tier) {
    return switch (tier) {
      case RECRUITER -> thresholds.recruiterLimitPercent();
      case HIRING_MANAGER -> thresholds.hiringManagerLimitPercent();
      case DIRECTOR -> thresholds.directorLimitPercent();
      case VP -> throw new IllegalArgumentException("a VP has no limit");
    };
  }

  TierPlan within(Offer offer, Money offeredTotal, List<LeverAsk> levers, Approval tier) {
    return withinTier(offer, offeredTotal, prefixes(offer, offeredTotal, levers), tier);
  }

  /**
   * The levers with an ask, in order, each with the targets and 4-year total of asking it and every
   * lever before it whole. Shared by the tiers, so each prefix runs the engine once.
   */
  private List<Prefix> prefixes(Offer offer, Money offeredTotal, List<LeverAsk> levers) {
    List<Prefix> out = new ArrayList<>();
    Targets t = new Targets(offer.baseSalary(), offer.grantValue(), offer.signOnTotal());
    out.add(new Prefix(null, t, offeredTotal));
    for (LeverAsk lever : levers) {
      if (!lever.ask().isGreaterThan(Money.ZERO)) {
        continue;
      }
      t = t.with(lever.lever(), lever.target());
      out.add(new Prefix(lever, t, total(offer, t)));
    }
    return out;
  }

  /** {@code lever} asked whole on top of the prefix before it: {@code targets}, {@code total}. */
  private record Prefix(LeverAsk lever, Targets targets, Money total) {}

  private TierPlan withinTier(
      Offer offer, Money offeredTotal, List<Prefix> prefixes, Approval tier) {
    BigDecimal limit = limit(tier);
    Prefix fitting = prefixes.get(0);
    Targets t = fitting.targets();
    Money total = fitting.total();
    for (Prefix p : prefixes.subList(1, prefixes.size())) {
      if (fits(p.total(), offeredTotal, limit)) {
        fitting = p;
        t = p.targets();
        total = p.total();
        continue;
      }
      // Partly: the 4-year total is linear in a lever's amount (up to cents), so estimate the
      // room, round down to 1,000, then step down by 1,000 until the engine agrees.
      LeverAsk lever = p.lever();
      Money room =
          Money.of(limit.multiply(offeredTotal.amount()).divide(HUNDRED, 2, RoundingMode.DOWN))
              .minus(fitting.total().minus(offeredTotal));
      BigDecimal perDollar =
          lever.fourYearValue().amount().divide(lever.ask().amount(), 20, RoundingMode.HALF_UP);
      BigDecimal estimate =
          perDollar.signum() <= 0 || room.isNegative()
              ? BigDecimal.ZERO
              : room.amount().divide(perDollar, 0, RoundingMode.DOWN);
      BigDecimal delta =
          estimate.min(lever.ask().amount()).divide(STEP, 0, RoundingMode.DOWN).multiply(STEP);
      while (true) {
        Targets moved = t.with(lever.lever(), lever.offered().plus(Money.of(delta)));
        Money movedTotal = delta.signum() == 0 ? fitting.total() : total(offer, moved);
        if (delta.signum() == 0 || fits(movedTotal, offeredTotal, limit)) {
          t = moved;
          total = movedTotal;
          break;
        }
        delta = delta.subtract(STEP);
      }
      break;
    }
    Money increase = total.minus(offeredTotal);
    return new TierPlan(
        tier,
        t.base,
        t.grant,
        t.signOn,
        total,
        increase,
        Approvals.askPercent(increase, offeredTotal));
  }

  private static boolean fits(Money total, Money offeredTotal, BigDecimal limit) {
    BigDecimal scaled = total.minus(offeredTotal).amount().multiply(HUNDRED);
    return scaled.compareTo(limit.multiply(offeredTotal.amount())) <= 0;
  }

  private Money total(Offer offer, Targets t) {
    return engine.fourYearTotal(t.apply(offer), offer.stockGrowth());
  }

  /** The three money levers' amounts. */
  private record Targets(Money base, Money grant, Money signOn) {
    Targets with(Lever lever, Money value) {
      return switch (lever) {
        case BASE -> new Targets(value, grant, signOn);
        case GRANT -> new Targets(base, value, signOn);
        case SIGN_ON -> new Targets(base, grant, value);
      };
    }

    Offer apply(Offer offer) {
      Offer.Builder b = offer.toBuilder().baseSalary(base);
      if (!grant.equals(offer.grantValue())) {
        CounterOfferPlanner.applyGrant(b, offer, grant);
      }
      if (!signOn.equals(offer.signOnTotal())) {
        CounterOfferPlanner.applySignOn(b, offer, signOn);
      }
      return b.build();
    }
  }
}
