package dev.offeranalyzer.intake;

import dev.offeranalyzer.offer.Percent;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses percentages (SPEC section 2): {@code 15%}, {@code 15} and {@code 0.15} all mean 15
 * percent. A bare number whose magnitude is strictly between 0 and 1 is a fraction; this also holds
 * for negative numbers, so a stock growth of {@code -0.05} is -5 percent (the spec names only the
 * positive case; a percent-formatted workbook cell showing -5% holds -0.05). Pure; never throws for
 * bad input.
 */
public final class PercentParser {

  /** The allowed range of a percent column, in percent numbers. */
  public enum Range {
    /** stock_growth: may be negative, not below -100% (the stock cannot fall below zero). */
    GROWTH(BigDecimal.valueOf(-100), BigDecimal.valueOf(1000)),
    /** annual_bonus_pct: 0 to 1000 percent of base. */
    BONUS(BigDecimal.ZERO, BigDecimal.valueOf(1000));

    private final BigDecimal min;
    private final BigDecimal max;

    Range(BigDecimal min, BigDecimal max) {
      this.min = min;
      this.max = max;
    }
  }

  /** Workbook doubles carry binary noise (0.1 + 0.2); four decimals of a percent is plenty. */
  private static final int NUMBER_SCALE = 4;

  private static final int MAX_TEXT_CHARS = 32;
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final Pattern PERCENT =
      Pattern.compile("(?<sign>[-+])?(?<num>\\d+(?:\\.\\d*)?|\\.\\d+)(?<pct>%)?");

  private PercentParser() {}

  /** Parses text such as {@code 15%}, {@code 15}, {@code 0.15} or {@code -5%}. */
  public static Parsed<Percent> parse(String text, Range range) {
    if (text == null) {
      return Parsed.error("is not a percent");
    }
    String t = Texts.squeeze(text).replace('\u2212', '-');
    Matcher m = PERCENT.matcher(t);
    if (t.length() > MAX_TEXT_CHARS || !m.matches()) {
      return Parsed.error("is not a percent");
    }
    BigDecimal n = new BigDecimal(m.group("num"));
    if ("-".equals(m.group("sign"))) {
      n = n.negate();
    }
    BigDecimal pct = m.group("pct") != null ? n : bare(n);
    return checked(pct, range);
  }

  /**
   * Takes a number from a workbook cell.
   *
   * @param number the cell's number (a double already taken through {@code BigDecimal.valueOf})
   * @param percentFormatted true when the cell shows it with a percent format, so 0.15 displayed as
   *     15% and 1 displayed as 100% are fractions whatever their size
   */
  public static Parsed<Percent> fromNumber(
      BigDecimal number, boolean percentFormatted, Range range) {
    BigDecimal pct = percentFormatted ? number.multiply(HUNDRED) : bare(number);
    return checked(pct.setScale(NUMBER_SCALE, RoundingMode.HALF_UP), range);
  }

  private static BigDecimal bare(BigDecimal n) {
    boolean fraction = n.signum() != 0 && n.abs().compareTo(BigDecimal.ONE) < 0;
    return fraction ? n.multiply(HUNDRED) : n;
  }

  private static Parsed<Percent> checked(BigDecimal pct, Range range) {
    if (pct.compareTo(range.min) < 0) {
      return Parsed.error(
          range.min.signum() == 0
              ? "is negative (must be 0% or more)"
              : "is below " + range.min.toPlainString() + "%");
    }
    if (pct.compareTo(range.max) > 0) {
      return Parsed.error("is above " + range.max.toPlainString() + "% (check the value)");
    }
    return Parsed.ok(new Percent(pct));
  }
}
