package dev.offeranalyzer.rules;

import dev.offeranalyzer.market.Band;
import dev.offeranalyzer.market.Component;
import dev.offeranalyzer.market.Levels;
import dev.offeranalyzer.market.MarketBands;
import dev.offeranalyzer.offer.Money;
import dev.offeranalyzer.offer.Offer;
import dev.offeranalyzer.rules.TargetReason.AlreadyMet;
import dev.offeranalyzer.rules.TargetReason.BandPercentile;
import dev.offeranalyzer.rules.TargetReason.CappedAtLevelCap;
import dev.offeranalyzer.rules.TargetReason.CoversLeftBehind;
import dev.offeranalyzer.rules.TargetReason.FallbackRaise;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * The target of each money lever (SPEC section 7), from the offer's band for that component when
 * the data has one, else from the fallback raises of {@link Thresholds}:
 *
 * <ul>
 *   <li>base: with a band {@code max(base, min(cap, P75))} ({@code max(base, P75)} when no cap is
 *       known); without {@code max(base, min(cap, base * 1.05))}.
 *   <li>grant: with a band {@code max(G, P75)}; without {@code G * 1.20}.
 *   <li>sign-on total: with a band {@code max(offered, P75, forfeited)}; without {@code max(offered
 *       * 1.5, forfeited)}, where forfeited is unvested equity plus forfeited bonus.
 * </ul>
 *
 * Pure and thread-safe.
 */
final class LeverTargets {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** A target and why. */
  record Target(Money value, TargetReason reason) {}

  private final Thresholds thresholds;

  LeverTargets(Thresholds thresholds) {
    this.thresholds = Objects.requireNonNull(thresholds, "thresholds");
  }

  /**
   * @param bands the offer's bands, or null when there are none
   * @param cap the level's base cap, or null when none is known
   */
  Target base(Offer offer, MarketBands bands, Money cap) {
    Money base = offer.baseSalary();
    String level = Levels.canonical(offer.level());
    Optional<Band> band = band(bands, Component.BASE);
    Money uncapped;
    TargetReason reason;
    if (band.isPresent()) {
      uncapped = band.get().percentile(thresholds.targetPercentile());
      reason = new BandPercentile(thresholds.targetPercentile(), bands.describe(), uncapped);
    } else {
      uncapped = base.times(factor(thresholds.fallbackBaseRaisePercent()));
      reason = new FallbackRaise(thresholds.fallbackBaseRaisePercent());
    }
    Money capped = cap == null ? uncapped : uncapped.min(cap);
    Money target = base.max(capped);
    if (!target.isGreaterThan(base)) {
      return new Target(
          target,
          new AlreadyMet(
              cap != null && !base.isLessThan(cap)
                  ? new CappedAtLevelCap(reason, level, cap)
                  : reason));
    }
    if (capped.compareTo(uncapped) < 0) {
      return new Target(target, new CappedAtLevelCap(reason, level, cap));
    }
    return new Target(target, reason);
  }

  /** The whole grant in dollars; a grant given in shares is asked for in dollars. */
  Target grant(Offer offer, MarketBands bands) {
    Money grant = offer.grantValue();
    Optional<Band> band = band(bands, Component.EQUITY_4YR);
    if (band.isPresent()) {
      Money p = band.get().percentile(thresholds.targetPercentile());
      Money target = grant.max(p);
      TargetReason reason = new BandPercentile(thresholds.targetPercentile(), bands.describe(), p);
      return new Target(target, target.isGreaterThan(grant) ? reason : new AlreadyMet(reason));
    }
    return new Target(
        grant.times(factor(thresholds.fallbackGrantRaisePercent())),
        new FallbackRaise(thresholds.fallbackGrantRaisePercent()));
  }

  /** The sign-on total, both years. */
  Target signOn(Offer offer, MarketBands bands) {
    Money offered = offer.signOnTotal();
    Money forfeited = offer.walkAwayCost();
    Optional<Band> band = band(bands, Component.SIGNING);
    Money fromMarket;
    TargetReason reason;
    if (band.isPresent()) {
      fromMarket = band.get().percentile(thresholds.targetPercentile());
      reason = new BandPercentile(thresholds.targetPercentile(), bands.describe(), fromMarket);
    } else {
      fromMarket = offered.times(factor(thresholds.fallbackSignOnRaisePercent()));
      reason = new FallbackRaise(thresholds.fallbackSignOnRaisePercent());
    }
    Money target = offered.max(fromMarket).max(forfeited);
    if (!target.isGreaterThan(offered)) {
      return new Target(target, new AlreadyMet(reason));
    }
    if (forfeited.compareTo(fromMarket) > 0) {
      return new Target(target, new CoversLeftBehind(forfeited));
    }
    return new Target(target, reason);
  }

  private static BigDecimal factor(BigDecimal raisePercent) {
    return BigDecimal.ONE.add(raisePercent.divide(HUNDRED));
  }

  private static Optional<Band> band(MarketBands bands, Component c) {
    return bands == null ? Optional.empty() : bands.get(c);
  }
}
