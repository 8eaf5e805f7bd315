package dev.offeranalyzer.rules;

import dev.offeranalyzer.offer.Money;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * Every number the rules and the counter-offer planner compare against, in one place (SPEC sections
 * 6 and 7). Percent figures are percent numbers (10 means 10%).
 *
 * @param medianPosition BELOW_MEDIAN and RSU_BELOW_MEDIAN fire below this position (50)
 * @param shortDeadlineDays SHORT_DEADLINE fires when the deadline is fewer days after the offer (2)
 * @param startStandardDays start-date leverage tiers: below this many days "weakest" (14)
 * @param startSomeDays from this many days "some" leverage (28)
 * @param startStrongDays from this many days "strong" leverage (42)
 * @param startMaximumDays from this many days "maximum" leverage (90)
 * @param year2DipPercent YEAR2_DIP fires when year 2 is more than this percent below year 1 (10)
 * @param targetPercentile the percentile the plan aims for in each band (75)
 * @param fallbackBaseRaisePercent the base raise asked without a band (5)
 * @param fallbackGrantRaisePercent the grant raise asked without a band (20)
 * @param fallbackSignOnRaisePercent the sign-on raise asked without a band (50)
 * @param recruiterLimitPercent asks up to and including this need only the recruiter (10)
 * @param hiringManagerLimitPercent ... the hiring manager (20)
 * @param directorLimitPercent ... a director (30); above it a VP or the compensation committee
 * @param taxDueAtFilingLimit TAX_DUE_AT_FILING fires when a year's due at filing exceeds this
 *     (5,000; SPEC section 12)
 */
public record Thresholds(
    BigDecimal medianPosition,
    int shortDeadlineDays,
    int startStandardDays,
    int startSomeDays,
    int startStrongDays,
    int startMaximumDays,
    BigDecimal year2DipPercent,
    int targetPercentile,
    BigDecimal fallbackBaseRaisePercent,
    BigDecimal fallbackGrantRaisePercent,
    BigDecimal fallbackSignOnRaisePercent,
    BigDecimal recruiterLimitPercent,
    BigDecimal hiringManagerLimitPercent,
    BigDecimal directorLimitPercent,
    Money taxDueAtFilingLimit) {

  public Thresholds {
    Objects.requireNonNull(medianPosition, "medianPosition");
    Objects.requireNonNull(year2DipPercent, "year2DipPercent");
    Objects.requireNonNull(fallbackBaseRaisePercent, "fallbackBaseRaisePercent");
    Objects.requireNonNull(fallbackGrantRaisePercent, "fallbackGrantRaisePercent");
    Objects.requireNonNull(fallbackSignOnRaisePercent, "fallbackSignOnRaisePercent");
    Objects.requireNonNull(taxDueAtFilingLimit, "taxDueAtFilingLimit");
    if (!(startStandardDays < startSomeDays
        && startSomeDays < startStrongDays
        && startStrongDays < startMaximumDays)) {
      throw new IllegalArgumentException(
          "start-date tiers must rise: "
              + startStandardDays
              + ", "
              + startSomeDays
              + ", "
              + startStrongDays
              + ", "
              + startMaximumDays);
    }
    if (targetPercentile < 0 || targetPercentile > 100) {
      throw new IllegalArgumentException(
          "targetPercentile must be 0..100, was " + targetPercentile);
    }
    if (recruiterLimitPercent.compareTo(hiringManagerLimitPercent) > 0
        || hiringManagerLimitPercent.compareTo(directorLimitPercent) > 0) {
      throw new IllegalArgumentException("approval limits must rise");
    }
  }

  /** The figures of SPEC sections 6 and 7 (from the playbook). */
  public static Thresholds defaults() {
    return new Thresholds(
        BigDecimal.valueOf(50),
        2,
        14,
        28,
        42,
        90,
        BigDecimal.valueOf(10),
        75,
        BigDecimal.valueOf(5),
        BigDecimal.valueOf(20),
        BigDecimal.valueOf(50),
        BigDecimal.valueOf(10),
        BigDecimal.valueOf(20),
        BigDecimal.valueOf(30),
        Money.of(5_000));
  }
}
