package dev.offeranalyzer.intake;

import dev.offeranalyzer.offer.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses amounts of US dollars as coaches type them (SPEC section 2): {@code 200000}, {@code
 * 200,000}, {@code $200,000.50}, {@code USD 200000}, {@code 200k}, {@code 1.2M}. Pure; never throws
 * for bad input.
 *
 * <p>Text is exact: after the {@code k}/{@code m} scaling an amount may have at most two decimal
 * places, and nothing is rounded. Numbers from workbook cells are binary doubles already, so they
 * are taken through {@link BigDecimal#valueOf(double)} and rounded half-up to cents.
 */
public final class MoneyParser {

  /** No single amount in an offer comes near this; a larger one is a typo (SPEC: "absurd"). */
  public static final BigDecimal MAX_AMOUNT = new BigDecimal("100000000");

  private static final int MAX_TEXT_CHARS = 64;
  private static final BigDecimal THOUSAND = BigDecimal.valueOf(1_000);
  private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

  // Commas only as thousands separators in groups of three: "2,00,000" or "200,5" are ambiguous.
  private static final Pattern AMOUNT =
      Pattern.compile(
          "(?<sign1>[-+])?(?<cur1>\\$|US\\$|USD)?(?<sign2>[-+])?"
              + "(?<num>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d*)?|\\.\\d+)"
              + "(?<suffix>[KM])?(?<cur2>\\$|USD)?",
          Pattern.CASE_INSENSITIVE);

  private MoneyParser() {}

  /**
   * Parses text; an empty text is an error here (callers treat empty cells as "not given" before
   * calling).
   */
  public static Parsed<Money> parse(String text) {
    if (text == null) {
      return Parsed.error("is not an amount");
    }
    String t = Texts.squeeze(text);
    if (t.isEmpty() || t.length() > MAX_TEXT_CHARS) {
      return Parsed.error("is not an amount");
    }
    if (t.startsWith("(") && t.endsWith(")") && t.length() > 2) {
      // Accounting style "(5,000)" is a negative amount.
      return parse(t.substring(1, t.length() - 1)).isOk() ? negative() : notAnAmount();
    }
    Matcher m = AMOUNT.matcher(t.replace('\u2212', '-'));
    if (!m.matches() || (m.group("sign1") != null && m.group("sign2") != null)) {
      return notAnAmount();
    }
    BigDecimal amount = new BigDecimal(m.group("num").replace(",", ""));
    String suffix = m.group("suffix");
    if (suffix != null) {
      amount = amount.multiply(suffix.equalsIgnoreCase("k") ? THOUSAND : MILLION);
    }
    boolean minus = "-".equals(m.group("sign1")) || "-".equals(m.group("sign2"));
    if (minus && amount.signum() != 0) {
      return negative();
    }
    if (amount.stripTrailingZeros().scale() > Money.SCALE) {
      return Parsed.error("has more than 2 decimal places");
    }
    return checked(amount);
  }

  /**
   * Takes a number from a workbook cell: rounded half-up to cents, then checked like text.
   *
   * @param number an exact decimal (a workbook double already went through {@code
   *     BigDecimal.valueOf})
   */
  public static Parsed<Money> fromNumber(BigDecimal number) {
    if (number.signum() < 0) {
      return negative();
    }
    return checked(number.setScale(Money.SCALE, RoundingMode.HALF_UP));
  }

  /** Takes a workbook double; NaN and infinities are rejected. */
  public static Parsed<Money> fromDouble(double number) {
    if (Double.isNaN(number) || Double.isInfinite(number)) {
      return Parsed.error("is not a number");
    }
    return fromNumber(BigDecimal.valueOf(number));
  }

  private static Parsed<Money> checked(BigDecimal amount) {
    if (amount.compareTo(MAX_AMOUNT) > 0) {
      return Parsed.error("is more than $100,000,000 (check the amount)");
    }
    return Parsed.ok(Money.of(amount));
  }

  private static Parsed<Money> notAnAmount() {
    return Parsed.error("is not an amount");
  }

  private static Parsed<Money> negative() {
    return Parsed.error("is negative (amounts must be 0 or more)");
  }
}
