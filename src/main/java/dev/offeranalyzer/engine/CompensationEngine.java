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
 * <p>Rounding: a year's RSU figure is {@code G} times the year's weight, the sum over its vest
 * events of {@code fraction * (1 + g)^(m/12)} computed to 34 significant digits, rounded half-up to
 * cents; the calendar's lines are rounded so that they add up to it. Bonus is rounded half-up to
 * cents. The four years add up to the 4-year total exactly.
 *
 * <p>Year weights depend only on the schedule and the growth rate, so they are memoised (bounded;
 * results are identical either way): a batch uses few distinct schedules and rates, and the
 * fractional powers are the costly part.
 */
public final class CompensationEngine {

  /** Working hours in a year used for the hourly rate (40 h x 52 weeks). */
  public static final int HOURS_PER_YEAR = 2080;

  /** The fixed stock scenarios of SPEC section 3, besides the offer's own assumption. */
  public static final List<Percent> SCENARIO_GROWTHS =
      List.of(Percent.of(-10), Percent.of(0), Percent.of(15));

  private static final MathContext MC = MathContext.DECIMAL128;
  private static final BigDecimal TWELVE = BigDecimal.valueOf(12);
  private static final int FACTOR_CACHE_LIMIT = 4096;
  private static final java.util.concurrent.ConcurrentHashMap<BigDecimal, BigDecimal[]> FACTORS =
      new java.util.concurrent.ConcurrentHashMap<>();
  private static final java.util.concurrent.ConcurrentHashMap<WeightKey, BigDecimal[]> WEIGHTS =
      new java.util.concurrent.ConcurrentHashMap<>();

  private record WeightKey(List<VestEvent> events, BigDecimal growth) {}

  public Compensation compute(Offer offer) {
    List<YearComp> years = years(offer, offer.stockGrowth());
    Money total = sum(years);
    Money average = total.dividedBy(4);
    List<StockScenario> scenarios = new ArrayList<>();
    for (Percent growth : SCENARIO_GROWTHS) {
      Money scenarioTotal =
          growth.compareTo(offer.stockGrowth()) == 0 ? total : fourYearTotal(offer, growth);
      scenarios.add(new StockScenario(growth, scenarioTotal, scenarioTotal.dividedBy(4), false));
    }
    scenarios.add(new StockScenario(offer.stockGrowth(), total, average, true));
    return new Compensation(
        years,
        total,
        average,
        average.dividedBy(HOURS_PER_YEAR),
        vestCalendar(offer, years),
        scenarios);
  }

  /** The 4-year total of {@code offer} if its stock changed by {@code growth} a year. */
  public Money fourYearTotal(Offer offer, Percent growth) {
    return sum(years(offer, growth));
  }

  private static Money sum(List<YearComp> years) {
    Money total = Money.ZERO;
    for (YearComp y : years) {
      total = total.plus(y.total());
    }
    return total;
  }

  private List<YearComp> years(Offer offer, Percent growth) {
    BigDecimal[] weights = yearWeights(offer.vesting().events(), growth);
    BigDecimal grant = offer.grantValue().amount();
    Money bonus = offer.baseSalary().times(offer.annualBonusPct().fraction());
    List<YearComp> years = new ArrayList<>(4);
    for (int k = 1; k <= 4; k++) {
      Money signOn =
          switch (k) {
            case 1 -> offer.signOnYear1();
            case 2 -> offer.signOnYear2();
            default -> Money.ZERO;
          };
      Money rsu = Money.of(grant.multiply(weights[k], MC));
      years.add(new YearComp(k, offer.baseSalary(), signOn, rsu, bonus));
    }
    return years;
  }

  private List<VestLine> vestCalendar(Offer offer, List<YearComp> years) {
    BigDecimal grant = offer.grantValue().amount();
    List<VestLine> lines = new ArrayList<>();
    List<VestEvent> events = offer.vesting().events();
    // Round each line, then let the last line of a year take the cents the rounding moved, so the
    // calendar adds up to the year's RSU figure exactly.
    Money[] roundedYear = new Money[5];
    java.util.Arrays.fill(roundedYear, Money.ZERO);
    for (int i = 0; i < events.size(); i++) {
      VestEvent e = events.get(i);
      boolean lastOfYear = i == events.size() - 1 || events.get(i + 1).year() != e.year();
      Money value =
          lastOfYear
              ? years.get(e.year() - 1).rsu().minus(roundedYear[e.year()])
              : Money.of(eventValue(grant, e, offer.stockGrowth()));
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

  /** Index k (1..4): the sum over year k's events of {@code fraction * (1 + g)^(m/12)}. */
  private static BigDecimal[] yearWeights(List<VestEvent> events, Percent growth) {
    WeightKey key = new WeightKey(events, growth.value());
    BigDecimal[] w = WEIGHTS.get(key);
    if (w == null) {
      w = new BigDecimal[5];
      java.util.Arrays.fill(w, BigDecimal.ZERO);
      for (VestEvent e : events) {
        w[e.year()] =
            w[e.year()].add(e.fraction().multiply(growthFactor(growth, e.month()), MC), MC);
      }
      if (WEIGHTS.size() >= FACTOR_CACHE_LIMIT) {
        WEIGHTS.clear();
      }
      WEIGHTS.put(key, w);
    }
    return w;
  }

  private static BigDecimal eventValue(BigDecimal grant, VestEvent e, Percent growth) {
    return grant.multiply(e.fraction()).multiply(growthFactor(growth, e.month()), MC);
  }

  /**
   * {@code (1 + g)^(month/12)} to 34 significant digits, for month 0..48. The factors of a growth
   * rate are computed once and memoised (bounded; the results are identical either way), since a
   * batch uses few distinct rates and the 12th root is the costly part.
   */
  static BigDecimal growthFactor(Percent growth, int month) {
    if (growth.isZero()) {
      return BigDecimal.ONE;
    }
    BigDecimal[] table = FACTORS.get(growth.value());
    if (table == null) {
      table = factorTable(growth);
      if (FACTORS.size() >= FACTOR_CACHE_LIMIT) {
        FACTORS.clear();
      }
      FACTORS.put(growth.value(), table);
    }
    return table[month];
  }

  private static BigDecimal[] factorTable(Percent growth) {
    BigDecimal base = BigDecimal.ONE.add(growth.fraction());
    BigDecimal[] table = new BigDecimal[49];
    if (base.signum() == 0) {
      java.util.Arrays.fill(table, BigDecimal.ZERO);
      table[0] = BigDecimal.ONE;
      return table;
    }
    BigDecimal root = twelfthRoot(base);
    for (int month = 0; month <= 48; month++) {
      int whole = month / 12;
      int rest = month % 12;
      BigDecimal factor = base.pow(whole, MC);
      if (rest != 0) {
        factor = factor.multiply(root.pow(rest, MC), MC);
      }
      table[month] = factor;
    }
    return table;
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
