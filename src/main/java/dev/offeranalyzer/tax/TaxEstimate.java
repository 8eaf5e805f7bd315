package dev.offeranalyzer.tax;

import dev.offeranalyzer.offer.FilingStatus;
import dev.offeranalyzer.offer.Money;
import java.util.List;
import java.util.Objects;

/**
 * What an offer's candidate keeps, per employment year (SPEC section 12).
 *
 * @param state the two-letter state the estimate is for
 * @param city the city whose resident tax is included (e.g. {@code NYC}), or null for none
 * @param taxYear the tax year of the tables used for every employment year, e.g. {@code 2026}
 * @param years years 1 to 4, in order
 */
public record TaxEstimate(
    String state, FilingStatus filingStatus, String city, String taxYear, List<TaxYear> years) {

  public TaxEstimate {
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(filingStatus, "filingStatus");
    years = List.copyOf(years);
  }

  /** Year {@code k}, 1-based. */
  public TaxYear year(int k) {
    return years.get(k - 1);
  }

  public Money fourYearTakeHome() {
    return years.stream().map(TaxYear::takeHome).reduce(Money.ZERO, Money::plus);
  }

  /** The four years' due at filing added up (refunds count negative). */
  public Money fourYearDueAtFiling() {
    return years.stream().map(TaxYear::dueAtFiling).reduce(Money.ZERO, Money::plus);
  }

  public Money fourYearTax() {
    return years.stream().map(TaxYear::totalTax).reduce(Money.ZERO, Money::plus);
  }
}
