package dev.offeranalyzer.rules;

import dev.offeranalyzer.offer.Money;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * Why a lever's target is what it is: data for the report to word, never a sentence.
 *
 * <p>The five kinds: a percentile of a market band; a fixed raise when there is no band; one of
 * those held at the level's base cap; what the candidate leaves behind (sign-on); the offer already
 * meets the target.
 */
public sealed interface TargetReason {

  /**
   * The target is the {@code percentile} of the lever's band.
   *
   * @param percentile e.g. 75 ({@link Thresholds#targetPercentile()})
   * @param market the band's market, e.g. "Amazon L6 Seattle"
   * @param value the band's figure at that percentile
   */
  record BandPercentile(int percentile, String market, Money value) implements TargetReason {
    public BandPercentile {
      Objects.requireNonNull(market, "market");
      Objects.requireNonNull(value, "value");
    }
  }

  /**
   * No band: the target is the offer raised by {@code percent} (a percent number, 5 for 5%).
   *
   * @param percent one of the fallback raises of {@link Thresholds}
   */
  record FallbackRaise(BigDecimal percent) implements TargetReason {
    public FallbackRaise {
      Objects.requireNonNull(percent, "percent");
    }
  }

  /**
   * The {@code uncapped} target (a {@link BandPercentile} or a {@link FallbackRaise}) held at the
   * level's base cap.
   *
   * @param level the offer's level as the data names it, or null when not given
   * @param cap the level's base cap
   */
  record CappedAtLevelCap(TargetReason uncapped, String level, Money cap) implements TargetReason {
    public CappedAtLevelCap {
      Objects.requireNonNull(uncapped, "uncapped");
      Objects.requireNonNull(cap, "cap");
    }
  }

  /**
   * The sign-on target is what the candidate leaves behind, more than the market target.
   *
   * @param leftBehind unvested equity plus forfeited bonus
   */
  record CoversLeftBehind(Money leftBehind) implements TargetReason {
    public CoversLeftBehind {
      Objects.requireNonNull(leftBehind, "leftBehind");
    }
  }

  /**
   * The offer already meets {@code target}: no raise on this lever.
   *
   * @param target what the offer meets: a {@link BandPercentile}, a {@link FallbackRaise}, or a
   *     {@link CappedAtLevelCap} when the offer is at or above the cap
   */
  record AlreadyMet(TargetReason target) implements TargetReason {
    public AlreadyMet {
      Objects.requireNonNull(target, "target");
    }
  }
}
