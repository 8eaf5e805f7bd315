package dev.offeranalyzer.offer;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The one text format for figures shown to coaches and candidates: the report, the findings and the
 * plan, the summary and the email text. US conventions whatever the JVM's default locale. Negative
 * figures carry the typographic minus ({@link #MINUS}, U+2212) as part of the format: {@code
 * −$3,500}, {@code −2.8%}. Arguments must not be null.
 */
public final class Formats {

  /** The minus sign printed before negative amounts, deltas and percents. */
  public static final String MINUS = "\u2212";

  /** Shown where an optional input is missing. */
  public static final String NOT_GIVEN = "not given";

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.US);

  private Formats() {}

  /** A date as people read it: {@code Nov 2, 2026}. */
  public static String date(LocalDate date) {
    return DATE.format(date);
  }

  /** {@link #date(LocalDate)} or {@link #NOT_GIVEN} when null. */
  public static String dateOrNotGiven(LocalDate date) {
    return date == null ? NOT_GIVEN : date(date);
  }

  /** Whole dollars with thousands separators: {@code $1,234,567}, {@code −$3,500}. */
  public static String dollars(long dollars) {
    // Grouped by hand: String.format builds a Formatter and looks up the locale's symbols on every
    // call, and every report prints a few hundred amounts.
    String digits =
        grouped(
            dollars == Long.MIN_VALUE ? "9223372036854775808" : Long.toString(Math.abs(dollars)));
    return (dollars < 0 ? MINUS + "$" : "$") + digits;
  }

  /** {@code digits} (ASCII digits only) with a comma between each group of three. */
  static String grouped(String digits) {
    int n = digits.length();
    if (n <= 3) {
      return digits;
    }
    StringBuilder sb = new StringBuilder(n + n / 3);
    int first = n % 3 == 0 ? 3 : n % 3;
    sb.append(digits, 0, first);
    for (int i = first; i < n; i += 3) {
      sb.append(',').append(digits, i, i + 3);
    }
    return sb.toString();
  }

  /** {@code m} rounded half-up to whole dollars, as {@link #dollars(long)}. */
  public static String money(Money m) {
    return dollars(m.roundedDollars());
  }

  /** Dollars and cents with thousands separators: {@code $1,234.56}, {@code −$0.50}. */
  public static String moneyWithCents(Money m) {
    BigDecimal a = m.amount();
    String plain = a.abs().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    int dot = plain.length() - 3;
    String digits = grouped(plain.substring(0, dot)) + plain.substring(dot);
    return (a.signum() < 0 ? MINUS + "$" : "$") + digits;
  }

  /** A difference with its sign: {@code +$12,000}, {@code −$3,500}, and {@code $0} for none. */
  public static String delta(long dollars) {
    if (dollars == 0) {
      return "$0";
    }
    return (dollars > 0 ? "+" : "") + dollars(dollars);
  }

  /** {@code m} rounded half-up to whole dollars, as {@link #delta(long)}. */
  public static String signedMoney(Money m) {
    return delta(m.roundedDollars());
  }

  /**
   * A percent number with at most two decimals, half-up, trailing zeros dropped: {@code 12.5%},
   * {@code 10%}, {@code −2.25%}.
   */
  public static String percent(BigDecimal percentNumber) {
    return percent(percentNumber, 2);
  }

  /** A {@link Percent} with at most two decimals, as {@link #percent(BigDecimal)}. */
  public static String percent(Percent p) {
    return percent(p.value());
  }

  /**
   * A percent number with at most {@code maxDecimals} decimals, half-up, trailing zeros dropped:
   * {@code 12.5%}, {@code 10%}, {@code −2.25%}.
   */
  public static String percent(BigDecimal percentNumber, int maxDecimals) {
    BigDecimal v = percentNumber.setScale(maxDecimals, RoundingMode.HALF_UP).stripTrailingZeros();
    if (v.scale() < 0) {
      v = v.setScale(0);
    }
    String s = v.abs().toPlainString() + "%";
    return v.signum() < 0 ? MINUS + s : s;
  }

  /** A percent with its sign: {@code +15%}, {@code −10%}, {@code 0%}. */
  public static String signedPercent(BigDecimal percentNumber, int maxDecimals) {
    String s = percent(percentNumber, maxDecimals);
    return percentNumber.setScale(maxDecimals, RoundingMode.HALF_UP).signum() > 0 ? "+" + s : s;
  }

  /**
   * A percent number with exactly {@code decimals} decimals, half-up: {@code 6.0%}, {@code −2.8%}.
   * For columns, where every percent must show the same number of decimals.
   */
  public static String percentFixed(BigDecimal percentNumber, int decimals) {
    BigDecimal v = percentNumber.setScale(decimals, RoundingMode.HALF_UP);
    String s = v.abs().toPlainString() + "%";
    return v.signum() < 0 ? MINUS + s : s;
  }

  /** {@link #percentFixed} with a plus sign when positive: {@code +6.0%}, {@code 0.0%}. */
  public static String signedPercentFixed(BigDecimal percentNumber, int decimals) {
    String s = percentFixed(percentNumber, decimals);
    return percentNumber.setScale(decimals, RoundingMode.HALF_UP).signum() > 0 ? "+" + s : s;
  }

  /**
   * The fewest decimals (at most {@code maxDecimals}) that show every one of {@code percentNumbers}
   * as {@link #percent(BigDecimal, int)} would: {@code [5, 15, 20]} gives 0, {@code [7.5, 15]}
   * gives 1. Print a column with {@link #percentFixed} and this count.
   */
  public static int decimalsFor(Iterable<BigDecimal> percentNumbers, int maxDecimals) {
    int decimals = 0;
    for (BigDecimal p : percentNumbers) {
      int scale = p.setScale(maxDecimals, RoundingMode.HALF_UP).stripTrailingZeros().scale();
      decimals = Math.max(decimals, scale);
    }
    return decimals;
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
      java.math.BigInteger whole = v.toBigIntegerExact();
      return (whole.signum() < 0 ? "-" : "") + grouped(whole.abs().toString());
    }
    return String.format(Locale.US, "%,." + v.scale() + "f", v);
  }

  /** A share count with at most 2 decimals and thousands separators: {@code 1,234.5}. */
  public static String shares(BigDecimal shares) {
    BigDecimal v = shares.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
    if (v.scale() < 0) {
      v = v.setScale(0);
    }
    String whole = String.format(Locale.US, "%,d", v.toBigInteger());
    int dot = v.toPlainString().indexOf('.');
    return dot < 0 ? whole : whole + v.toPlainString().substring(dot);
  }
}
