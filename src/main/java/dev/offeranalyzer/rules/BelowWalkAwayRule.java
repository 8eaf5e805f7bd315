package dev.offeranalyzer.rules;

import static dev.offeranalyzer.offer.Formats.money;
import static dev.offeranalyzer.offer.Formats.signedMoney;

import dev.offeranalyzer.offer.Money;
import java.util.List;

/** BELOW_WALK_AWAY: the 4-year average is below the candidate's walk-away number. */
public final class BelowWalkAwayRule implements Rule {

  public static final String ID = "BELOW_WALK_AWAY";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<Finding> evaluate(RuleContext ctx) {
    Money walkAway = ctx.offer().walkAway();
    Money average = ctx.compensation().fourYearAverage();
    if (walkAway == null || !average.isLessThan(walkAway)) {
      return List.of();
    }
    return List.of(
        new Finding(
            ID,
            Severity.RED_FLAG,
            "Below your walk-away number",
            "4-year average "
                + money(average)
                + "; walk-away "
                + money(walkAway)
                + " ("
                + signedMoney(average.minus(walkAway))
                + " a year)",
            "As it stands this offer misses your own minimum. Counter with the plan below and be"
                + " ready to decline if the gap does not close."));
  }
}
