package dev.offeranalyzer.rules;

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
        new Finding(ID, Severity.RED_FLAG, new FindingFacts.BelowWalkAway(average, walkAway)));
  }
}
