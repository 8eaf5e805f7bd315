package dev.offeranalyzer.intake;

import dev.offeranalyzer.offer.FilingStatus;
import dev.offeranalyzer.offer.Money;
import dev.offeranalyzer.offer.Offer;
import dev.offeranalyzer.offer.Percent;
import dev.offeranalyzer.offer.SourceRef;
import dev.offeranalyzer.offer.VestingSchedule;
import dev.offeranalyzer.offer.WorkMode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Turns one input row into an {@link Offer} or into every problem found in it (SPEC section 2).
 * Pure: no IO.
 *
 * <p>A raw cell value is one of: {@link String} (CSV and text cells), {@link BigDecimal} (a
 * workbook number), {@link PercentCell}, {@link LocalDate} (a workbook date cell), {@link Boolean}
 * or {@link CellError}. A missing key, null or blank text means "not given". Text is trimmed and
 * otherwise kept as it is: a name such as {@code =1+1} stays {@code =1+1}; writers make it inert.
 */
public final class RowMapper {

  /** Longer texts are typos or pasted documents; they would break every report layout. */
  static final int MAX_TEXT_CHARS = 1000;

  /** No grant counts anywhere near this many shares; a larger count is a typo. */
  static final BigDecimal MAX_SHARES = new BigDecimal("100000000");

  /**
   * A yearly base below this is a misread (European thousands, a monthly figure): SPEC section 2.
   */
  static final BigDecimal MIN_BASE = new BigDecimal("10000");

  private static final Pattern EMAIL =
      Pattern.compile(
          "[^\\s@,;<>\"()\\[\\]]+@[^\\s@,;<>\"()\\[\\].]+(\\.[^\\s@,;<>\"()\\[\\].]+)+");
  private static final Pattern SHARES =
      Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d+)?|\\d+(\\.\\d*)?|\\.\\d+");
  private static final int MAX_EMAIL_CHARS = 254;
  private static final int MAX_SHARE_DECIMALS = 6;

  private static final Map<String, WorkMode> WORK_MODES =
      Map.ofEntries(
          Map.entry("onsite", WorkMode.ONSITE),
          Map.entry("on-site", WorkMode.ONSITE),
          Map.entry("on site", WorkMode.ONSITE),
          Map.entry("office", WorkMode.ONSITE),
          Map.entry("in office", WorkMode.ONSITE),
          Map.entry("in-office", WorkMode.ONSITE),
          Map.entry("in the office", WorkMode.ONSITE),
          Map.entry("hybrid", WorkMode.HYBRID),
          Map.entry("remote", WorkMode.REMOTE),
          Map.entry("fully remote", WorkMode.REMOTE));

  /**
   * Maps one row.
   *
   * @param where file, sheet and row number, used in problems and kept as the offer's source
   * @param defaultId the offer id to use when the row has no offer_id
   * @param cells raw values by column; see the class comment for the accepted types
   */
  public RowResult map(SourceRef where, String defaultId, Map<Column, ?> cells) {
    if (cells.values().stream().allMatch(RowMapper::isBlank)) {
      return new RowResult.Empty();
    }
    Row r = new Row(where, cells);
    Offer.Builder b = Offer.builder().source(where);

    String id = r.text(Column.OFFER_ID);
    b.offerId(id != null ? id : defaultId);
    String candidate = r.text(Column.CANDIDATE);
    if (candidate == null && !r.failed(Column.CANDIDATE)) {
      r.missing(Column.CANDIDATE, "is missing (every offer needs a candidate)");
    }
    b.candidate(candidate);
    b.email(r.value(Column.EMAIL, RowMapper::email));
    b.company(r.value(Column.COMPANY, t -> Parsed.ok(Canonical.company(t))));
    b.role(r.text(Column.ROLE));
    b.level(r.value(Column.LEVEL, t -> Parsed.ok(Canonical.level(t))));
    b.location(r.value(Column.LOCATION, t -> Parsed.ok(Canonical.location(t))));

    Money base = r.money(Column.BASE_SALARY);
    if (base == null && !r.failed(Column.BASE_SALARY)) {
      r.missing(Column.BASE_SALARY, "is missing (every offer needs a base salary)");
    } else if (base != null && base.isZero()) {
      r.problem(Column.BASE_SALARY, "must be more than 0");
    } else if (base != null && base.amount().compareTo(MIN_BASE) < 0) {
      r.problem(
          Column.BASE_SALARY,
          "looks too small for a yearly base salary (under 10,000; a monthly or hourly figure, or"
              + " thousands written as 185.000?)");
    }
    b.baseSalary(base);
    b.signOnYear1(r.money(Column.SIGN_ON_YEAR1));
    b.signOnYear2(r.money(Column.SIGN_ON_YEAR2));
    Money rsuValue = r.money(Column.RSU_VALUE);
    BigDecimal shares = r.shares(Column.RSU_SHARES);
    Money price = r.money(Column.STOCK_PRICE);
    b.rsuValue(rsuValue).rsuShares(shares).stockPrice(price);
    checkGrant(r, rsuValue, shares, price);

    b.vesting(r.value(Column.VESTING, RowMapper::vesting));
    b.stockGrowth(r.percent(Column.STOCK_GROWTH, PercentParser.Range.GROWTH));
    b.annualBonusPct(r.percent(Column.ANNUAL_BONUS_PCT, PercentParser.Range.BONUS));
    b.relocation(r.money(Column.RELOCATION));
    b.unvestedEquity(r.money(Column.UNVESTED_EQUITY));
    b.forfeitedBonus(r.money(Column.FORFEITED_BONUS));
    b.walkAway(r.money(Column.WALK_AWAY));
    b.targetLevel(r.value(Column.TARGET_LEVEL, t -> Parsed.ok(Canonical.level(t))));
    b.offerDate(r.date(Column.OFFER_DATE));
    b.startDate(r.date(Column.START_DATE));
    b.decisionDeadline(r.date(Column.DECISION_DEADLINE));
    b.workMode(r.value(Column.WORK_MODE, RowMapper::workMode));
    b.filingStatus(r.value(Column.FILING_STATUS, RowMapper::filingStatus));
    b.state(r.value(Column.STATE, UsStates::parse));
    b.refresherPerYear(r.money(Column.REFRESHER_PER_YEAR));
    b.signOnTerms(r.value(Column.SIGN_ON_TERMS, RowMapper::signOnTerms));

    if (!r.problems.isEmpty()) {
      return new RowResult.Rejected(r.problems);
    }
    try {
      return new RowResult.Mapped(b.build());
    } catch (IllegalArgumentException e) {
      // The checks above mirror Offer's own; this keeps a future rule of Offer from escaping.
      r.problems.add(
          new Problem(where.file(), where.sheet(), where.row(), null, null, e.getMessage()));
      return new RowResult.Rejected(r.problems);
    }
  }

  private static void checkGrant(Row r, Money rsuValue, BigDecimal shares, Money price) {
    if (rsuValue != null
        || r.failed(Column.RSU_VALUE)
        || r.failed(Column.RSU_SHARES)
        || r.failed(Column.STOCK_PRICE)) {
      return;
    }
    if (shares == null && price == null) {
      r.missing(Column.RSU_VALUE, "is missing (give rsu_value, or rsu_shares with stock_price)");
    } else if (shares == null) {
      r.missing(Column.RSU_SHARES, "is missing (stock_price needs rsu_shares, or give rsu_value)");
    } else if (price == null) {
      r.missing(Column.STOCK_PRICE, "is missing (rsu_shares needs stock_price, or give rsu_value)");
    }
  }

  static Parsed<String> email(String t) {
    if (t.length() > MAX_EMAIL_CHARS || !EMAIL.matcher(t).matches()) {
      return Parsed.error("is not a single email address");
    }
    return Parsed.ok(t);
  }

  static Parsed<VestingSchedule> vesting(String t) {
    try {
      return Parsed.ok(VestingSchedule.parse(t));
    } catch (IllegalArgumentException e) {
      return Parsed.error(e.getMessage());
    }
  }

  static Parsed<dev.offeranalyzer.offer.SignOnTerms> signOnTerms(String t) {
    return dev.offeranalyzer.offer.SignOnTerms.parse(t)
        .map(Parsed::ok)
        .orElseGet(() -> Parsed.error("is not sign-on terms (accepted: prorated, full or none)"));
  }

  static Parsed<WorkMode> workMode(String t) {
    WorkMode m = WORK_MODES.get(t.toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
    return m != null ? Parsed.ok(m) : Parsed.error("is not a work mode (onsite, hybrid or remote)");
  }

  static Parsed<FilingStatus> filingStatus(String t) {
    return FilingStatus.parse(t)
        .map(Parsed::ok)
        .orElseGet(() -> Parsed.error("is not a filing status (single, or married / mfj / joint)"));
  }

  static Parsed<BigDecimal> shares(String text) {
    String t = Texts.squeeze(text);
    if (t.length() > 32 || !SHARES.matcher(t).matches()) {
      return Parsed.error(
          t.startsWith("-") ? "is negative (must be 0 or more)" : "is not a number of shares");
    }
    return shares(new BigDecimal(t.replace(",", "")));
  }

  static Parsed<BigDecimal> shares(BigDecimal n) {
    if (n.signum() < 0) {
      return Parsed.error("is negative (must be 0 or more)");
    }
    if (n.compareTo(MAX_SHARES) > 0) {
      return Parsed.error("is more than 100,000,000 shares (check the value)");
    }
    BigDecimal s = n.stripTrailingZeros();
    if (s.scale() > MAX_SHARE_DECIMALS) {
      return Parsed.error("has more than " + MAX_SHARE_DECIMALS + " decimal places");
    }
    return Parsed.ok(s.scale() < 0 ? s.setScale(0) : s);
  }

  static boolean isBlank(Object v) {
    return v == null || (v instanceof String s && Texts.isBlank(s));
  }

  /** The raw value as a coach would recognise it in a message. */
  static String shown(Object v) {
    if (v == null) {
      return null;
    }
    if (v instanceof BigDecimal n) {
      return plain(n);
    }
    if (v instanceof PercentCell p) {
      return plain(p.number().movePointRight(2)) + "%";
    }
    if (v instanceof CellError e) {
      return e.shown();
    }
    if (v instanceof Boolean bool) {
      return bool ? "TRUE" : "FALSE";
    }
    return v.toString();
  }

  private static String plain(BigDecimal n) {
    BigDecimal s = n.stripTrailingZeros();
    return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
  }

  /** One row being mapped: its raw cells and the problems found so far. */
  private static final class Row {
    private final SourceRef where;
    private final Map<Column, ?> cells;
    private final List<Problem> problems = new ArrayList<>();
    private final List<Column> failedColumns = new ArrayList<>();

    Row(SourceRef where, Map<Column, ?> cells) {
      this.where = where;
      this.cells = cells;
    }

    boolean failed(Column c) {
      return failedColumns.contains(c);
    }

    void problem(Column c, String message) {
      failedColumns.add(c);
      problems.add(
          new Problem(
              where.file(),
              where.sheet(),
              where.row(),
              c.canonicalName(),
              shown(cells.get(c)),
              message));
    }

    void missing(Column c, String message) {
      failedColumns.add(c);
      problems.add(
          new Problem(where.file(), where.sheet(), where.row(), c.canonicalName(), null, message));
    }

    /** The raw value, or null when not given; error cells become problems here. */
    private Object raw(Column c) {
      Object v = cells.get(c);
      if (isBlank(v)) {
        return null;
      }
      if (v instanceof CellError e) {
        problem(c, e.message());
        return null;
      }
      return v;
    }

    String text(Column c) {
      Object v = raw(c);
      if (v == null) {
        return null;
      }
      String t = v instanceof String s ? Texts.clean(s) : shown(v);
      if (t.length() > MAX_TEXT_CHARS) {
        problem(c, "is longer than " + MAX_TEXT_CHARS + " characters");
        return null;
      }
      return t;
    }

    <T> T value(Column c, Function<String, Parsed<T>> parser) {
      String t = text(c);
      return t == null ? null : accept(c, parser.apply(t));
    }

    Money money(Column c) {
      Object v = raw(c);
      if (v == null) {
        return null;
      }
      Parsed<Money> p;
      if (v instanceof BigDecimal n) {
        p = MoneyParser.fromNumber(n);
      } else if (v instanceof PercentCell pc) {
        p = MoneyParser.fromNumber(pc.number());
      } else if (v instanceof LocalDate) {
        p = Parsed.error("is a date, not an amount");
      } else {
        p = MoneyParser.parse(shown(v));
      }
      return accept(c, p);
    }

    BigDecimal shares(Column c) {
      Object v = raw(c);
      if (v == null) {
        return null;
      }
      Parsed<BigDecimal> p;
      if (v instanceof BigDecimal n) {
        p = RowMapper.shares(n);
      } else if (v instanceof LocalDate) {
        p = Parsed.error("is a date, not a number of shares");
      } else {
        p = RowMapper.shares(shown(v));
      }
      return accept(c, p);
    }

    Percent percent(Column c, PercentParser.Range range) {
      Object v = raw(c);
      if (v == null) {
        return null;
      }
      Parsed<Percent> p;
      if (v instanceof BigDecimal n) {
        p = PercentParser.fromNumber(n, false, range);
      } else if (v instanceof PercentCell pc) {
        p = PercentParser.fromNumber(pc.number(), true, range);
      } else if (v instanceof LocalDate) {
        p = Parsed.error("is a date, not a percent");
      } else {
        p = PercentParser.parse(shown(v), range);
      }
      return accept(c, p);
    }

    LocalDate date(Column c) {
      Object v = raw(c);
      if (v == null) {
        return null;
      }
      Parsed<LocalDate> p;
      if (v instanceof LocalDate d) {
        p = DateParser.fromDate(d);
      } else if (v instanceof BigDecimal n) {
        p = DateParser.fromNumber(n);
      } else {
        p = DateParser.parse(shown(v));
      }
      return accept(c, p);
    }

    private <T> T accept(Column c, Parsed<T> p) {
      if (p.isOk()) {
        return p.value();
      }
      problem(c, p.error());
      return null;
    }
  }
}
