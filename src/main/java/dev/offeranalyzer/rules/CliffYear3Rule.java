package dev.offeranalyzer.rules;

import dev.offeranalyzer.offer.Money;
import java.util.List;

/** CLIFF_Y3: year 3 pays less than year 1, usually because the sign-on has run out. */
public final class CliffYear3Rule implements Rule {

  public static final String ID = "CLIFF_Y3";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<Finding> evaluate(RuleContext ctx) {
    Money y1 = ctx.compensation().year(1).total();
    Money y3 = ctx.compensation().year(3).total();
    if (!y3.isLessThan(y1)) {
      return List.of();
    }
    return List.of(new Finding(ID, Severity.RED_FLAG, new FindingFacts.CliffYear3(y1, y3)));
  }
}
