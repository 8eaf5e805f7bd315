package dev.offeranalyzer.rules;

import dev.offeranalyzer.offer.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** Who approves an ask, and the ask as a percent of the offer (SPEC section 7). Pure. */
public final class Approvals {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private Approvals() {}

  /**
   * The ask as a percent number of the offered 4-year total, rounded half-up to 2 decimals. Zero
   * when the offered total is zero (no percentage exists).
   */
  public static BigDecimal askPercent(Money increase, Money offeredTotal) {
    if (offeredTotal.isZero()) {
      return BigDecimal.ZERO.setScale(2);
    }
    return increase
        .amount()
        .multiply(HUNDRED)
        .divide(offeredTotal.amount(), 2, RoundingMode.HALF_UP);
  }

  /**
   * Who approves an ask, from the exact ratio {@code increase / offeredTotal}: up to and including
   * the recruiter limit the recruiter, then the hiring manager, a director, and above the director
   * limit a VP. When the offered total is zero, any increase needs a VP.
   */
  public static Approval approval(Money increase, Money offeredTotal, Thresholds t) {
    BigDecimal scaledIncrease = increase.amount().multiply(HUNDRED);
    BigDecimal total = offeredTotal.amount();
    if (offeredTotal.isZero()) {
      return increase.isZero() ? Approval.RECRUITER : Approval.VP;
    }
    if (scaledIncrease.compareTo(t.recruiterLimitPercent().multiply(total)) <= 0) {
      return Approval.RECRUITER;
    }
    if (scaledIncrease.compareTo(t.hiringManagerLimitPercent().multiply(total)) <= 0) {
      return Approval.HIRING_MANAGER;
    }
    if (scaledIncrease.compareTo(t.directorLimitPercent().multiply(total)) <= 0) {
      return Approval.DIRECTOR;
    }
    return Approval.VP;
  }
}
