package dev.offeranalyzer.offer;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;

/**
 * A percentage held as its percent number: {@code Percent.of("15")} is 15 percent. Exact; never
 * null inside.
 */
public record Percent(BigDecimal value) implements Comparable<Percent> {

  public static final Percent ZERO = new Percent(BigDecimal.ZERO);
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  public Percent {
    Objects.requireNonNull(value, "value");
    value = value.stripTrailingZeros();
    if (value.scale() < 0) {
      value = value.setScale(0);
    }
  }

  public static Percent of(String percentNumber) {
    return new Percent(new BigDecimal(percentNumber));
  }

  public static Percent of(long percentNumber) {
    return new Percent(BigDecimal.valueOf(percentNumber));
  }

  public static Percent ofFraction(BigDecimal fraction) {
    return new Percent(fraction.multiply(HUNDRED));
  }

  /** The value as a fraction: 15 percent gives 0.15 (exact). */
  public BigDecimal fraction() {
    return value.divide(HUNDRED, MathContext.DECIMAL128);
  }

  public boolean isZero() {
    return value.signum() == 0;
  }

  @Override
  public int compareTo(Percent other) {
    return value.compareTo(other.value);
  }

  /** The percent number with a percent sign, e.g. {@code 15%} or {@code -2.5%}. */
  @Override
  public String toString() {
    return value.toPlainString() + "%";
  }
}
