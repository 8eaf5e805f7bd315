package dev.offeranalyzer.offer;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * Pure text formats for figures shown to coaches and candidates: findings, plan rationales, the
 * report. US conventions whatever the JVM's default locale. Arguments must not be null.
 */
public final class Formats {

  private Formats() {}

  /** Whole dollars, half-up, with thousands separators: {@code $1,234,567}, {@code -$3,500}. */
  public static String money(Money m) {
    long dollars = m.roundedDollars();
    return (dollars < 0 ? "-$" : "$") + grouped(Math.abs(dollars));
  }

  /** Dollars and cents with thousands separators: {@code $1,234.56}, {@code -$0.50}. */
  public static String moneyWithCents(Money m) {
    BigDecimal a = m.amount();
    String digits = String.format(Locale.US, "%,.2f", a.abs());
    return (a.signum() < 0 ? "-$" : "$") + digits;
  }

  /**
   * A difference in whole dollars with its sign: {@code +$12,000}, {@code -$3,500}; zero (after
   * rounding to dollars) is {@code $0}.
   */
  public static String signedMoney(Money m) {
    long dollars = m.roundedDollars();
    if (dollars == 0) {
      return "$0";
    }
    return (dollars > 0 ? "+" : "") + money(m);
  }

  /**
   * A percent number with at most two decimals, half-up, trailing zeros dropped: {@code 12.5%},
   * {@code 10%}, {@code -2.25%}.
   */
  public static String percent(BigDecimal percentNumber) {
    BigDecimal v = percentNumber.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
    if (v.scale() < 0) {
      v = v.setScale(0);
    }
    return v.toPlainString() + "%";
  }

  /** A {@link Percent} with at most two decimals, as {@link #percent(BigDecimal)}. */
  public static String percent(Percent p) {
    return percent(p.value());
  }

  /** A band position (0..100) with one decimal, half-up: {@code 42.0}, {@code 100.0}. */
  public static String position(BigDecimal position) {
    return position.setScale(1, RoundingMode.HALF_UP).toPlainString();
  }

  /**
   * A count such as a number of shares, with thousands separators and no trailing zeros: {@code
   * 2,000}, {@code 1,234.5}.
   */
  public static String quantity(BigDecimal n) {
    BigDecimal v = n.stripTrailingZeros();
    if (v.scale() <= 0) {
      return String.format(Locale.US, "%,d", v.toBigIntegerExact());
    }
    return String.format(Locale.US, "%,." + v.scale() + "f", v);
  }

  /** Digits of a non-negative number with a comma every three, e.g. {@code 1,234,567}. */
  private static String grouped(long n) {
    String digits = Long.toString(n);
    StringBuilder sb = new StringBuilder(digits.length() + digits.length() / 3);
    int lead = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
    sb.append(digits, 0, lead);
    for (int i = lead; i < digits.length(); i += 3) {
      sb.append(',').append(digits, i, i + 3);
    }
    return sb.toString();
  }
}
