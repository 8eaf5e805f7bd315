package dev.offeranalyzer.rules;

import dev.offeranalyzer.offer.Money;
import dev.offeranalyzer.offer.Offer;
import java.util.List;

/**
 * SIGN_ON_SHORT: the sign-on does not cover the unvested equity and bonus the candidate forfeits.
 */
public final class SignOnShortRule implements Rule {

  public static final String ID = "SIGN_ON_SHORT";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<Finding> evaluate(RuleContext ctx) {
    Offer o = ctx.offer();
    Money forfeited = o.walkAwayCost();
    Money signOn = o.signOnTotal();
    if (!forfeited.isGreaterThan(signOn)) {
      return List.of();
    }
    return List.of(
        new Finding(
            ID,
            Severity.OPPORTUNITY,
            new FindingFacts.SignOnShort(
                orZero(o.unvestedEquity()), orZero(o.forfeitedBonus()), forfeited, signOn)));
  }

  private static Money orZero(Money m) {
    return m == null ? Money.ZERO : m;
  }
}
