package dev.offeranalyzer.rules;

import static dev.offeranalyzer.offer.Formats.money;
import static dev.offeranalyzer.offer.Formats.moneyWithCents;
import static dev.offeranalyzer.offer.Formats.quantity;

import dev.offeranalyzer.offer.Offer;
import java.util.List;

/** RSU_IN_SHARES: the grant was given only as a share count. */
public final class RsuInSharesRule implements Rule {

  public static final String ID = "RSU_IN_SHARES";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<Finding> evaluate(RuleContext ctx) {
    Offer o = ctx.offer();
    if (!o.grantInSharesOnly()) {
      return List.of();
    }
    return List.of(
        new Finding(
            ID,
            Severity.INFO,
            "RSU grant given in shares",
            quantity(o.rsuShares())
                + " shares at "
                + moneyWithCents(o.stockPrice())
                + " = "
                + money(o.grantValue()),
            "Negotiate the grant as a dollar amount, not a share count: the dollar value is what"
                + " the company budgets, and a share count hides price moves."));
  }
}
