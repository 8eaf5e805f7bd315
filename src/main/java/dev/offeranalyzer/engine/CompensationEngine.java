package dev.offeranalyzer.engine;

import dev.offeranalyzer.offer.Money;
import dev.offeranalyzer.offer.Offer;
import dev.offeranalyzer.offer.Percent;
import dev.offeranalyzer.offer.VestEvent;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The compensation engine of SPEC section 3. Pure and stateless.
 *
 * <p>Rounding: each vest event's value {@code G * fraction * (1 + g)^(m/12)} is computed to 34
 * significant digits; a year's RSU figure is the sum of its events rounded half-up to cents, and
 * the calendar's lines are rounded so that they add up to it. Bonus is rounded half-up to cents.
 * The four years add up to the 4-year total exactly.
 */
public final class CompensationEngine {

  /** Working hours in a year used for the hourly rate (40 h x 52 weeks). */
  public static final int HOURS_PER_YEAR = 2080;

  /** The fixed stock scenarios of SPEC section 3, besides the offer's own assumption. */
  public static final List<Percent> SCENARIO_GROWTHS =
      List.of(Percent.of(-10), Percent.of(0), Percent.of(15));

  private static final MathContext MC = MathContext.DECIMAL128;
  private static final BigDecimal TWELVE = BigDecimal.valueOf(12);

  public Compensation compute(Offer offer) {
    List<YearComp> years = years(offer, offer.stockGrowth());
    Money total = sum(years);
    Money average = total.dividedBy(4);
    List<StockScenario> scenarios = new ArrayList<>();
    for (Percent growth : SCENARIO_GROWTHS) {
      scenarios.add(scenario(offer, growth, false));
    }
    scenarios.add(scenario(offer, offer.stockGrowth(), true));
    return new Compensation(
        years, total, average, average.dividedBy(HOURS_PER_YEAR), vestCalendar(offer), scenarios);
  }

  /** The 4-year total of {@code offer} if its stock changed by {@code growth} a year. */
  public Money fourYearTotal(Offer offer, Percent growth) {
    return sum(years(offer, growth));
  }

  private StockScenario scenario(Offer offer, Percent growth, boolean own) {
    Money total = fourYearTotal(offer, growth);
    return new StockScenario(growth, total, total.dividedBy(4), own);
  }

  private static Money sum(List<YearComp> years) {
    Money total = Money.ZERO;
    for (YearComp y : years) {
      total = total.plus(y.total());
    }
    return total;
  }

  private List<YearComp> years(Offer offer, Percent growth) {
    BigDecimal[] rsu = new BigDecimal[5];
    java.util.Arrays.fill(rsu, BigDecimal.ZERO);
    BigDecimal grant = offer.grantValue().amount();
    for (VestEvent e : offer.vesting().events()) {
      rsu[e.year()] = rsu[e.year()].add(eventValue(grant, e, growth), MC);
    }
    Money bonus = offer.baseSalary().times(offer.annualBonusPct().fraction());
    List<YearComp> years = new ArrayList<>(4);
    for (int k = 1; k <= 4; k++) {
      Money signOn =
          switch (k) {
            case 1 -> offer.signOnYear1();
            case 2 -> offer.signOnYear2();
            default -> Money.ZERO;
          };
      years.add(new YearComp(k, offer.baseSalary(), signOn, Money.of(rsu[k]), bonus));
    }
    return years;
  }

  private List<VestLine> vestCalendar(Offer offer) {
    BigDecimal grant = offer.grantValue().amount();
    List<VestLine> lines = new ArrayList<>();
    List<VestEvent> events = offer.vesting().events();
    // Round each line, then let the last line of a year take the cents the rounding moved, so the
    // calendar adds up to the year's RSU figure exactly.
    BigDecimal[] exactYear = new BigDecimal[5];
    Money[] roundedYear = new Money[5];
    java.util.Arrays.fill(exactYear, BigDecimal.ZERO);
    java.util.Arrays.fill(roundedYear, Money.ZERO);
    for (int i = 0; i < events.size(); i++) {
      VestEvent e = events.get(i);
      BigDecimal exact = eventValue(grant, e, offer.stockGrowth());
      exactYear[e.year()] = exactYear[e.year()].add(exact, MC);
      boolean lastOfYear = i == events.size() - 1 || events.get(i + 1).year() != e.year();
      Money value =
          lastOfYear ? Money.of(exactYear[e.year()]).minus(roundedYear[e.year()]) : Money.of(exact);
      roundedYear[e.year()] = roundedYear[e.year()].plus(value);
      lines.add(
          new VestLine(
              e.month(),
              offer.startDate() == null ? null : offer.startDate().plusMonths(e.month()),
              e.fraction(),
              offer.rsuShares() == null ? null : offer.rsuShares().multiply(e.fraction()),
              value));
    }
    return lines;
  }

  private static BigDecimal eventValue(BigDecimal grant, VestEvent e, Percent growth) {
    return grant.multiply(e.fraction()).multiply(growthFactor(growth, e.month()), MC);
  }

  /** {@code (1 + g)^(month/12)} to 34 significant digits. */
  static BigDecimal growthFactor(Percent growth, int month) {
    BigDecimal base = BigDecimal.ONE.add(growth.fraction());
    if (growth.isZero()) {
      return BigDecimal.ONE;
    }
    if (base.signum() == 0) {
      return BigDecimal.ZERO;
    }
    int whole = month / 12;
    int rest = month % 12;
    BigDecimal factor = base.pow(whole, MC);
    if (rest != 0) {
      factor = factor.multiply(twelfthRoot(base).pow(rest, MC), MC);
    }
    return factor;
  }

  /** The positive 12th root of {@code x > 0} by Newton's method. */
  private static BigDecimal twelfthRoot(BigDecimal x) {
    MathContext work = new MathContext(50, RoundingMode.HALF_EVEN);
    BigDecimal r = BigDecimal.valueOf(Math.pow(x.doubleValue(), 1.0 / 12));
    for (int i = 0; i < 100; i++) {
      // r' = (11 r + x / r^11) / 12
      BigDecimal next =
          r.multiply(BigDecimal.valueOf(11))
              .add(x.divide(r.pow(11, work), work))
              .divide(TWELVE, work);
      if (next.subtract(r).abs().compareTo(new BigDecimal("1e-45")) < 0) {
        return next.round(MC);
      }
      r = next;
    }
    return r.round(MC);
  }
}
