package dev.offeranalyzer.engine;

import dev.offeranalyzer.offer.Money;
import dev.offeranalyzer.offer.Offer;
import dev.offeranalyzer.offer.SignOnTerms;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * What leaving early leaves the candidate with (SPEC section 13). Pure.
 *
 * <p>Each year's sign-on is paid at the start of its year (year 1 at month 0, year 2 at month 12);
 * leaving after exactly 12 months is before the year-2 payment. {@code prorated}: a payment is
 * earned 1/12 a month, the unearned part is repaid (rounded half-up to cents). {@code full}: a
 * payment received less than 12 months before leaving is repaid whole. {@code none}: nothing. Base
 * is earned {@code base * n / 12}; RSUs are the vest calendar's values of events at or before month
 * n. The cash bonus is left out (when it is paid is not in the data).
 */
public final class LeavingEarly {

  /** The months after which leaving is shown. */
  public static final List<Integer> MONTHS = List.of(3, 6, 9, 12, 18, 24);

  private LeavingEarly() {}

  /**
   * One line of the table.
   *
   * @param received base earned + sign-on paid + RSUs vested
   * @param kept received minus repaid
   */
  public record Line(
      int months,
      Money baseEarned,
      Money signOnPaid,
      Money rsusVested,
      Money received,
      Money repaid,
      Money kept) {}

  public static List<Line> table(Offer offer, Compensation c) {
    List<Line> out = new ArrayList<>();
    for (int n : MONTHS) {
      out.add(line(offer, c, n));
    }
    return out;
  }

  static Line line(Offer offer, Compensation c, int n) {
    Money base =
        Money.of(
            offer
                .baseSalary()
                .amount()
                .multiply(BigDecimal.valueOf(n))
                .divide(BigDecimal.valueOf(12), 2, RoundingMode.HALF_UP));
    Money paid = Money.ZERO;
    Money repaid = Money.ZERO;
    Money[] payments = {offer.signOnYear1(), offer.signOnYear2()};
    for (int k = 0; k < 2; k++) {
      int paidAt = 12 * k;
      if (n <= paidAt && k > 0) {
        continue;
      }
      Money s = payments[k];
      paid = paid.plus(s);
      int held = n - paidAt;
      repaid = repaid.plus(repay(offer.signOnTerms(), s, held));
    }
    Money rsu = Money.ZERO;
    for (VestLine v : c.vestCalendar()) {
      if (v.month() <= n) {
        rsu = rsu.plus(v.value());
      }
    }
    Money received = base.plus(paid).plus(rsu);
    return new Line(n, base, paid, rsu, received, repaid, received.minus(repaid));
  }

  static Money repay(SignOnTerms terms, Money payment, int monthsHeld) {
    if (monthsHeld >= 12 || payment.isZero()) {
      return Money.ZERO;
    }
    return switch (terms) {
      case NONE -> Money.ZERO;
      case FULL -> payment;
      case PRORATED ->
          Money.of(
              payment
                  .amount()
                  .multiply(BigDecimal.valueOf(12L - monthsHeld))
                  .divide(BigDecimal.valueOf(12), 2, RoundingMode.HALF_UP));
    };
  }
}
