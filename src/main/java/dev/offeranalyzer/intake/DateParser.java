package dev.offeranalyzer.intake;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses dates (SPEC section 2): ISO {@code 2026-01-15} and US {@code 1/15/2026}. Decisions where
 * the spec is silent:
 *
 * <ul>
 *   <li>a two-digit US year means 20yy ({@code 1/15/26} is 2026-01-15): offers are about now, and
 *       that is how Excel opens such a CSV in a US locale;
 *   <li>a time after the date ({@code 2026-01-15 00:00}, {@code 1/15/2026 0:00}) is ignored, as
 *       spreadsheets add one when exporting date cells;
 *   <li>day-first dates are not guessed: {@code 15/1/2026} is rejected (there is no month 15);
 *   <li>years outside 1900..2199 are rejected as typos.
 * </ul>
 *
 * Pure; never throws for bad input.
 */
public final class DateParser {

  /** 1990-01-01 and 2100-12-31 as Excel serial numbers: a plain number in between is a date. */
  static final int MIN_SERIAL = 32_874;

  static final int MAX_SERIAL = 73_415;

  private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
  private static final String TIME = "(?:[T ]\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?: ?[AP]M)?)?";
  private static final Pattern ISO =
      Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})" + TIME, Pattern.CASE_INSENSITIVE);
  private static final Pattern US =
      Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4}|\\d{2})" + TIME, Pattern.CASE_INSENSITIVE);
  private static final String EXPECTED = "is not a date (use 2026-01-15 or 1/15/2026)";

  private DateParser() {}

  public static Parsed<LocalDate> parse(String text) {
    if (text == null) {
      return Parsed.error(EXPECTED);
    }
    String t = Texts.clean(text);
    if (t.length() > 40) {
      return Parsed.error(EXPECTED);
    }
    Matcher iso = ISO.matcher(t);
    if (iso.matches()) {
      return of(iso.group(1), iso.group(2), iso.group(3));
    }
    Matcher us = US.matcher(t);
    if (us.matches()) {
      String year = us.group(3).length() == 2 ? "20" + us.group(3) : us.group(3);
      return of(year, us.group(1), us.group(2));
    }
    return Parsed.error(EXPECTED);
  }

  /** A real date cell of a workbook: only the year range is checked. */
  public static Parsed<LocalDate> fromDate(LocalDate date) {
    return inRange(date);
  }

  /**
   * A plain number in a date column (a date cell whose format was lost shows its serial number):
   * accepted as an Excel serial date when it is a whole number between 1990 and 2100.
   */
  public static Parsed<LocalDate> fromNumber(BigDecimal number) {
    boolean whole = number.signum() == 0 || number.stripTrailingZeros().scale() <= 0;
    if (!whole
        || number.compareTo(BigDecimal.valueOf(MIN_SERIAL)) < 0
        || number.compareTo(BigDecimal.valueOf(MAX_SERIAL)) > 0) {
      return Parsed.error("is a number, not a date (use 2026-01-15 or 1/15/2026)");
    }
    return Parsed.ok(EXCEL_EPOCH.plusDays(number.longValueExact()));
  }

  private static Parsed<LocalDate> of(String year, String month, String day) {
    LocalDate d;
    try {
      d = LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
    } catch (DateTimeException | NumberFormatException e) {
      return Parsed.error(
          "is not a valid date (no such day; dates are year-month-day or month/day/year)");
    }
    return inRange(d);
  }

  private static Parsed<LocalDate> inRange(LocalDate d) {
    if (d.getYear() < 1900 || d.getYear() > 2199) {
      return Parsed.error("is not a plausible date (year " + d.getYear() + ")");
    }
    return Parsed.ok(d);
  }
}
