package dev.offeranalyzer.report.summary;

import dev.offeranalyzer.offer.Money;
import dev.offeranalyzer.rules.TierPlan;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One line of the {@code Plans} sheet (SPEC section 14), flat so it can be stored between runs.
 *
 * @param tier {@code Full}, {@code Recruiter}, {@code Hiring manager} or {@code Director}
 * @param askPercent the tier's increase as a percent number (12.5 for 12.5%)
 */
public record PlanRow(
    String tier,
    Money baseTarget,
    Money grantTarget,
    Money signOnTarget,
    Money proposedTotal,
    BigDecimal askPercent) {

  public PlanRow {
    Objects.requireNonNull(tier, "tier");
  }

  public static PlanRow of(TierPlan t) {
    return new PlanRow(
        t.tierLabel(),
        t.baseTarget(),
        t.grantTarget(),
        t.signOnTarget(),
        t.proposedTotal(),
        t.askPercent());
  }
}
