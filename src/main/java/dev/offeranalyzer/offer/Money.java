package dev.offeranalyzer.offer;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An amount of US dollars, held exactly in cents (scale 2). Immutable; never null inside. Every
 * operation that could produce fractions of a cent rounds half-up, the way a payroll statement
 * does, and says so.
 */
public record Money(BigDecimal amount) implements Comparable<Money> {

  public static final Money ZERO = new Money(BigDecimal.ZERO);
  public static final int SCALE = 2;

  /** Rounds {@code amount} half-up to cents. */
  public Money {
    Objects.requireNonNull(amount, "amount");
    amount = amount.setScale(SCALE, RoundingMode.HALF_UP);
  }

  /** Builds from an exact decimal string such as {@code "200000.50"}. */
  public static Money of(String amount) {
    return new Money(new BigDecimal(amount));
  }

  public static Money of(long dollars) {
    return new Money(BigDecimal.valueOf(dollars));
  }

  /** Rounds half-up to cents. */
  public static Money of(BigDecimal amount) {
    return new Money(amount);
  }

  public Money plus(Money other) {
    return new Money(amount.add(other.amount));
  }

  public Money minus(Money other) {
    return new Money(amount.subtract(other.amount));
  }

  /** Multiplies and rounds half-up to cents. */
  public Money times(BigDecimal factor) {
    return new Money(amount.multiply(factor));
  }

  /** Divides and rounds half-up to cents. */
  public Money dividedBy(long divisor) {
    return new Money(amount.divide(BigDecimal.valueOf(divisor), SCALE, RoundingMode.HALF_UP));
  }

  public Money max(Money other) {
    return compareTo(other) >= 0 ? this : other;
  }

  public Money min(Money other) {
    return compareTo(other) <= 0 ? this : other;
  }

  public boolean isZero() {
    return amount.signum() == 0;
  }

  public boolean isNegative() {
    return amount.signum() < 0;
  }

  public boolean isGreaterThan(Money other) {
    return compareTo(other) > 0;
  }

  public boolean isLessThan(Money other) {
    return compareTo(other) < 0;
  }

  /** Whole dollars rounded half-up, for display. */
  public long roundedDollars() {
    return amount.setScale(0, RoundingMode.HALF_UP).longValueExact();
  }

  @Override
  public int compareTo(Money other) {
    return amount.compareTo(other.amount);
  }

  /** Plain decimal with two places, e.g. {@code 200000.50}. */
  @Override
  public String toString() {
    return amount.toPlainString();
  }
}
