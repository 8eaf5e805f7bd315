package dev.offeranalyzer.rules;

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
            new FindingFacts.RsuInShares(o.rsuShares(), o.stockPrice(), o.grantValue())));
  }
}
