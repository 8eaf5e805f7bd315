package dev.offeranalyzer.rules;

import static dev.offeranalyzer.offer.Formats.money;
import static dev.offeranalyzer.offer.Formats.signedMoney;

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
            "Sign-on does not cover what you leave behind",
            "Unvested equity "
                + money(orZero(o.unvestedEquity()))
                + " + forfeited bonus "
                + money(orZero(o.forfeitedBonus()))
                + " = "
                + money(forfeited)
                + "; sign-on "
                + money(signOn)
                + " ("
                + signedMoney(signOn.minus(forfeited))
                + ")",
            "Sign-on is the most flexible lever. Name the equity and bonus you give up, and when"
                + " they would have paid out, and ask for a sign-on of at least "
                + money(forfeited)
                + " to make you whole."));
  }

  private static Money orZero(Money m) {
    return m == null ? Money.ZERO : m;
  }
}
