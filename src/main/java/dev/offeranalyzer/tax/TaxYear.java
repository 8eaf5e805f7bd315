package dev.offeranalyzer.tax;

import dev.offeranalyzer.offer.Money;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One employment year's tax estimate (SPEC section 12). Every amount is in cents, each line rounded
 * half-up on its own; {@code takeHome} is wages minus the six tax lines exactly, and {@code
 * dueAtFiling} is the income tax owed minus what payroll withheld (negative: a refund).
 *
 * @param state state income tax (0 where the state has none)
 * @param city New York City resident tax (0 outside NYC)
 * @param payrollPrograms the state's payroll programs together (CA SDI; WA PFML and WA Cares; NY
 *     PFL and disability)
 */
public record TaxYear(
    int year,
    Money wages,
    Money federal,
    Money socialSecurity,
    Money medicare,
    Money state,
    Money city,
    Money payrollPrograms,
    Money takeHome,
    Money withheld,
    Money dueAtFiling) {

  public TaxYear {
    Objects.requireNonNull(wages, "wages");
    Objects.requireNonNull(takeHome, "takeHome");
    Objects.requireNonNull(withheld, "withheld");
    Objects.requireNonNull(dueAtFiling, "dueAtFiling");
  }

  /**
   * The ten amounts in the order of the Take-Home sheet (and of the state and the journal): wages,
   * federal, Social Security, Medicare, state, city, payroll programs, take-home, withheld, due at
   * filing. A tax line may be null.
   */
  public List<Money> amounts() {
    return Collections.unmodifiableList(
        Arrays.asList(
            wages,
            federal,
            socialSecurity,
            medicare,
            state,
            city,
            payrollPrograms,
            takeHome,
            withheld,
            dueAtFiling));
  }

  /** Every tax line together: wages minus take-home. */
  public Money totalTax() {
    return federal.plus(socialSecurity).plus(medicare).plus(state).plus(city).plus(payrollPrograms);
  }

  /** Federal, state and city income tax: what the bill at filing settles. */
  public Money incomeTax() {
    return federal.plus(state).plus(city);
  }
}
