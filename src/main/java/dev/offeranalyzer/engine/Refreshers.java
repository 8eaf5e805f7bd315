package dev.offeranalyzer.engine;

import dev.offeranalyzer.offer.Money;
import dev.offeranalyzer.offer.Offer;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Expected refresher vests of SPEC section 13: a grant worth {@code R} at months 12, 24 and 36,
 * each vesting 6.25% every 3 months from its grant month, valued at {@code (1 + g)^(m/12)}. Only
 * what vests by month 48 counts. Shown beside the four years, never inside them. Pure.
 */
public final class Refreshers {

  /** Months at which a refresher is granted. */
  public static final List<Integer> GRANT_MONTHS = List.of(12, 24, 36);

  /** The share of a refresher vesting every {@link #EVERY_MONTHS} months. */
  public static final BigDecimal QUARTER_FRACTION = new BigDecimal("0.0625");

  public static final int EVERY_MONTHS = 3;

  private Refreshers() {}

  /**
   * Per year k (index k-1) what refreshers vest in it, each year rounded half-up to cents; all zero
   * when the offer expects none.
   */
  public static List<Money> byYear(Offer offer) {
    Money r = offer.refresherPerYear();
    List<Money> out = new ArrayList<>(4);
    if (r == null || r.isZero()) {
      for (int k = 0; k < 4; k++) {
        out.add(Money.ZERO);
      }
      return out;
    }
    BigDecimal[] weight = new BigDecimal[5];
    java.util.Arrays.fill(weight, BigDecimal.ZERO);
    for (int grant : GRANT_MONTHS) {
      for (int m = grant + EVERY_MONTHS; m <= 48; m += EVERY_MONTHS) {
        int year = (m + 11) / 12;
        weight[year] =
            weight[year].add(
                QUARTER_FRACTION.multiply(
                    CompensationEngine.growthFactor(offer.stockGrowth(), m),
                    MathContext.DECIMAL128),
                MathContext.DECIMAL128);
      }
    }
    for (int k = 1; k <= 4; k++) {
      out.add(Money.of(r.amount().multiply(weight[k], MathContext.DECIMAL128)));
    }
    return out;
  }

  /** The sum of {@link #byYear}. */
  public static Money total(Offer offer) {
    Money sum = Money.ZERO;
    for (Money m : byYear(offer)) {
      sum = sum.plus(m);
    }
    return sum;
  }

  /** True when the offer expects refreshers. */
  public static boolean expected(Offer offer) {
    return offer.refresherPerYear() != null && !offer.refresherPerYear().isZero();
  }
}
