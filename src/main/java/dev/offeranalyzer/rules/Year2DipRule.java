package dev.offeranalyzer.rules;

import static dev.offeranalyzer.offer.Formats.money;
import static dev.offeranalyzer.offer.Formats.percent;
import static dev.offeranalyzer.offer.Formats.signedMoney;

import dev.offeranalyzer.offer.Money;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

/** YEAR2_DIP: year 2 pays more than 10% less than year 1 (strictly more; exactly 10% is fine). */
public final class Year2DipRule implements Rule {

  public static final String ID = "YEAR2_DIP";
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<Finding> evaluate(RuleContext ctx) {
    Money y1 = ctx.compensation().year(1).total();
    Money y2 = ctx.compensation().year(2).total();
    if (y1.isZero()) {
      return List.of();
    }
    BigDecimal drop = y1.minus(y2).amount();
    // exact: drop / y1 > limit / 100  <=>  drop * 100 > limit * y1
    if (drop.multiply(HUNDRED).compareTo(ctx.thresholds().year2DipPercent().multiply(y1.amount()))
        <= 0) {
      return List.of();
    }
    BigDecimal dropPercent = drop.multiply(HUNDRED).divide(y1.amount(), MathContext.DECIMAL64);
    return List.of(
        new Finding(
            ID,
            Severity.WARNING,
            "Year 2 drops sharply",
            "Year 1 "
                + money(y1)
                + "; year 2 "
                + money(y2)
                + " ("
                + signedMoney(y2.minus(y1))
                + ", "
                + percent(dropPercent.negate())
                + ")",
            "Ask to spread the sign-on more evenly over the two years, or for more year-2 sign-on,"
                + " so the second year does not fall away."));
  }
}
