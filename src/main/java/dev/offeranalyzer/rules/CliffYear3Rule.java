package dev.offeranalyzer.rules;

import static dev.offeranalyzer.offer.Formats.money;
import static dev.offeranalyzer.offer.Formats.signedMoney;

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
    return List.of(
        new Finding(
            ID,
            Severity.RED_FLAG,
            "Year 3 pays less than year 1",
            "Year 1 "
                + money(y1)
                + "; year 3 "
                + money(y3)
                + " ("
                + signedMoney(y3.minus(y1))
                + ")",
            "The sign-on that lifts years 1 and 2 is gone by year 3 and the RSUs do not make up for"
                + " it. Ask to move part of the sign-on into a larger RSU grant, or plan your budget"
                + " for the lower year now."));
  }
}
