package dev.offeranalyzer.engine;

import dev.offeranalyzer.offer.Money;

/** One employment year (1..4) by component, each in cents. */
public record YearComp(int year, Money base, Money signOn, Money rsu, Money bonus) {
  public Money total() {
    return base.plus(signOn).plus(rsu).plus(bonus);
  }
}
