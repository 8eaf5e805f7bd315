package dev.offeranalyzer.market;

import dev.offeranalyzer.offer.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A market band: low to high, with optional percentile points (keys such as 10, 25, 50, 75, 90).
 *
 * <p>Position and percentile target follow SPEC section 5: piecewise-linear between the given
 * points (low counts as the 0th and high as the 100th percentile), else linear from low to high. A
 * band may be a single value (low = high, as a base cap is).
 *
 * <p>Invariants, checked on construction: nothing is null, low &lt;= high, every point key lies
 * strictly between 0 and 100, and the values never decrease from low through the points to high.
 */
public record Band(Money low, Money high, SortedMap<Integer, Money> percentiles) {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  public Band {
    Objects.requireNonNull(low, "low");
    Objects.requireNonNull(high, "high");
    Objects.requireNonNull(percentiles, "percentiles");
    if (low.isGreaterThan(high)) {
      throw new IllegalArgumentException("band low " + low + " is above its high " + high);
    }
    Money previous = low;
    for (Map.Entry<Integer, Money> e : percentiles.entrySet()) {
      int p = Objects.requireNonNull(e.getKey(), "percentile");
      Money v = Objects.requireNonNull(e.getValue(), "percentile value");
      if (p <= 0 || p >= 100) {
        throw new IllegalArgumentException("percentile point must be between 0 and 100, was " + p);
      }
      if (v.isLessThan(previous) || v.isGreaterThan(high)) {
        throw new IllegalArgumentException(
            "p" + p + " " + v + " is out of order (band " + low + " to " + high + ")");
      }
      previous = v;
    }
    percentiles = Collections.unmodifiableSortedMap(new TreeMap<>(percentiles));
  }

  public static Band of(Money low, Money high) {
    return new Band(low, high, new TreeMap<>());
  }

  public static Band of(Money low, Money high, Map<Integer, Money> points) {
    return new Band(low, high, new TreeMap<>(points));
  }

  /** A single-value band, e.g. a base cap. */
  public static Band single(Money value) {
    return of(value, value);
  }

  public boolean hasPoints() {
    return !percentiles.isEmpty();
  }

  /**
   * Where {@code v} lies in this band, 0..100, rounded half-up to 2 decimals: piecewise-linear
   * between the knots (0, low), the given points, (100, high). Below low gives 0 and {@link
   * Placement#BELOW_BAND}; above high gives 100 and {@link Placement#ABOVE_BAND}.
   *
   * <p>Where the knots are flat around {@code v} (several percentiles share its value, or low =
   * high = v), the position is the middle of the flat stretch, so a one-value band places its own
   * value at 50.
   */
  public Position position(Money v) {
    if (v.isLessThan(low)) {
      return new Position(scaled(BigDecimal.ZERO), Placement.BELOW_BAND);
    }
    if (v.isGreaterThan(high)) {
      return new Position(scaled(HUNDRED), Placement.ABOVE_BAND);
    }
    List<BigDecimal> ps = new ArrayList<>();
    List<BigDecimal> vs = new ArrayList<>();
    knots(ps, vs);
    BigDecimal x = v.amount();
    BigDecimal[] first = lowestPercentileAt(ps, vs, x);
    BigDecimal[] last = highestPercentileAt(ps, vs, x);
    // (first + last) / 2 as one exact fraction, rounded once
    BigDecimal num = first[0].multiply(last[1]).add(last[0].multiply(first[1]));
    BigDecimal den = first[1].multiply(last[1]).multiply(BigDecimal.valueOf(2));
    return new Position(num.divide(den, 2, RoundingMode.HALF_UP), Placement.IN_BAND);
  }

  /**
   * The {@code p}-th percentile target (0..100), rounded half-up to cents: interpolated between the
   * knots (0, low), the given points, (100, high); without points {@code low + p/100 * (high -
   * low)}.
   */
  public Money percentile(int p) {
    if (p < 0 || p > 100) {
      throw new IllegalArgumentException("percentile must be 0..100, was " + p);
    }
    List<BigDecimal> ps = new ArrayList<>();
    List<BigDecimal> vs = new ArrayList<>();
    knots(ps, vs);
    BigDecimal target = BigDecimal.valueOf(p);
    for (int i = 0; i < ps.size() - 1; i++) {
      BigDecimal p0 = ps.get(i);
      BigDecimal p1 = ps.get(i + 1);
      if (target.compareTo(p1) <= 0) {
        // v0 has cents, so rounding v0 + share once equals v0 + the share rounded to cents
        BigDecimal v0 = vs.get(i);
        BigDecimal share =
            vs.get(i + 1)
                .subtract(v0)
                .multiply(target.subtract(p0))
                .divide(p1.subtract(p0), Money.SCALE, RoundingMode.HALF_UP);
        return Money.of(v0.add(share));
      }
    }
    return high;
  }

  private void knots(List<BigDecimal> ps, List<BigDecimal> vs) {
    ps.add(BigDecimal.ZERO);
    vs.add(low.amount());
    for (Map.Entry<Integer, Money> e : percentiles.entrySet()) {
      ps.add(BigDecimal.valueOf(e.getKey()));
      vs.add(e.getValue().amount());
    }
    ps.add(HUNDRED);
    vs.add(high.amount());
  }

  /**
   * The smallest percentile whose interpolated value is {@code x}, as an exact fraction {numerator,
   * denominator}; {@code low <= x <= high}.
   */
  private static BigDecimal[] lowestPercentileAt(
      List<BigDecimal> ps, List<BigDecimal> vs, BigDecimal x) {
    for (int j = 0; j < vs.size(); j++) {
      int c = vs.get(j).compareTo(x);
      if (c == 0) {
        return new BigDecimal[] {ps.get(j), BigDecimal.ONE};
      }
      if (c > 0) {
        return interpolate(ps, vs, j - 1, x);
      }
    }
    return new BigDecimal[] {ps.get(ps.size() - 1), BigDecimal.ONE};
  }

  /** The largest percentile whose interpolated value is {@code x}, as an exact fraction. */
  private static BigDecimal[] highestPercentileAt(
      List<BigDecimal> ps, List<BigDecimal> vs, BigDecimal x) {
    for (int k = vs.size() - 1; k >= 0; k--) {
      int c = vs.get(k).compareTo(x);
      if (c == 0) {
        return new BigDecimal[] {ps.get(k), BigDecimal.ONE};
      }
      if (c < 0) {
        return interpolate(ps, vs, k, x);
      }
    }
    return new BigDecimal[] {ps.get(0), BigDecimal.ONE};
  }

  /**
   * Linear between knot {@code i} and {@code i + 1}, where {@code vs[i] < x < vs[i+1]}: {@code p0 +
   * (p1 - p0) * (x - v0) / (v1 - v0)} as the exact fraction {numerator, denominator}.
   */
  private static BigDecimal[] interpolate(
      List<BigDecimal> ps, List<BigDecimal> vs, int i, BigDecimal x) {
    BigDecimal v0 = vs.get(i);
    BigDecimal den = vs.get(i + 1).subtract(v0);
    BigDecimal p0 = ps.get(i);
    BigDecimal num = p0.multiply(den).add(ps.get(i + 1).subtract(p0).multiply(x.subtract(v0)));
    return new BigDecimal[] {num, den};
  }

  private static BigDecimal scaled(BigDecimal percent) {
    return percent.setScale(2, RoundingMode.HALF_UP);
  }
}
