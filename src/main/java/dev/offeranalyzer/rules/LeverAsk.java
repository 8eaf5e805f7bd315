package dev.offeranalyzer.rules;

import dev.offeranalyzer.offer.Money;
import java.util.Objects;

/**
 * One money lever of the counter-offer plan.
 *
 * @param lever which lever
 * @param offered what the offer gives (base: a year; grant: the whole grant; sign-on: both years)
 * @param target what to ask for, never below {@code offered}
 * @param fourYearValue how much the ask adds to the 4-year total
 * @param reason why this target
 */
public record LeverAsk(
    Lever lever, Money offered, Money target, Money fourYearValue, TargetReason reason) {
  public LeverAsk {
    Objects.requireNonNull(lever, "lever");
    Objects.requireNonNull(offered, "offered");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(fourYearValue, "fourYearValue");
    Objects.requireNonNull(reason, "reason");
  }

  /** The raise asked for: target minus offered. */
  public Money ask() {
    return target.minus(offered);
  }
}
