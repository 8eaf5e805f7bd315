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
 * @param basis the facts of the tables the words of a report quote
 */
public record TaxEstimate(
    String state,
    FilingStatus filingStatus,
    String city,
    String taxYear,
    List<TaxYear> years,
    Basis basis) {

  public TaxEstimate {
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(filingStatus, "filingStatus");
    Objects.requireNonNull(basis, "basis");
    years = List.copyOf(years);
  }

  /**
   * What the estimate rests on, for the report to say.
   *
   * @param source where the tables came from
   * @param taxYears the tax years the tables' rows name
   * @param programs the names of the state's payroll programs (may be empty)
   * @param federalSupplemental the federal supplemental withholding rates, from 0 up
   * @param stateSupplemental the state's (empty: none)
   * @param citySupplemental the city's (empty: none or no city)
   */
  public record Basis(
      String source,
      List<String> taxYears,
      List<String> programs,
      List<TaxTables.Step> federalSupplemental,
      List<TaxTables.Step> stateSupplemental,
      List<TaxTables.Step> citySupplemental) {
    public Basis {
      taxYears = List.copyOf(taxYears);
      programs = List.copyOf(programs);
      federalSupplemental = List.copyOf(federalSupplemental);
      stateSupplemental = List.copyOf(stateSupplemental);
      citySupplemental = List.copyOf(citySupplemental);
    }
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
