package dev.offeranalyzer.rules;

import dev.offeranalyzer.offer.Money;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One row of SPEC section 14's plans: the full counter-offer plan, or the largest ask within a
 * lower approval tier.
 *
 * @param within the tier whose limit this ask stays within, or null for the full plan
 * @param baseTarget yearly base asked for
 * @param grantTarget grant value asked for
 * @param signOnTarget sign-on total asked for (split between the years as section 7 says)
 * @param proposedTotal the engine's 4-year total with these targets
 * @param increase {@code proposedTotal} minus the offered 4-year total
 * @param askPercent {@code increase} over the offered total as a percent number, 2 decimals
 */
public record TierPlan(
    Approval within,
    Money baseTarget,
    Money grantTarget,
    Money signOnTarget,
    Money proposedTotal,
    Money increase,
    BigDecimal askPercent) {

  public TierPlan {
    Objects.requireNonNull(baseTarget, "baseTarget");
    Objects.requireNonNull(grantTarget, "grantTarget");
    Objects.requireNonNull(signOnTarget, "signOnTarget");
    Objects.requireNonNull(proposedTotal, "proposedTotal");
  }

  /** {@code Full}, {@code Recruiter}, {@code Hiring manager} or {@code Director}. */
  public String tierLabel() {
    return within == null ? "Full" : within.label();
  }

  public boolean isFull() {
    return within == null;
  }
}
