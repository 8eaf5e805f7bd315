package dev.offeranalyzer.rules;

import dev.offeranalyzer.offer.Money;

/**
 * One money lever of the counter-offer plan.
 *
 * @param lever "Base salary", "RSU grant" or "Sign-on bonus"
 * @param offered what the offer gives (base: a year; grant: the whole grant; sign-on: both years)
 * @param target what to ask for, never below {@code offered}
 * @param fourYearValue how much the ask adds to the 4-year total
 * @param rationale why this target, e.g. "75th percentile of the Seattle L6 band"
 */
public record LeverAsk(
    String lever, Money offered, Money target, Money fourYearValue, String rationale) {
  /** The raise asked for: target minus offered. */
  public Money ask() {
    return target.minus(offered);
  }
}
