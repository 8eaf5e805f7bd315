package dev.offeranalyzer.intake;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The input columns of SPEC section 2 with their aliases, in the order of the template. Header
 * names match case-insensitively, ignoring spaces, {@code _}, {@code -} and {@code .}.
 */
public enum Column {
  OFFER_ID("offer_id", "id", "offer", "offer #", "offer no"),
  CANDIDATE("candidate", "name", "candidate_name", "client", "client_name", "full name"),
  EMAIL("email", "candidate_email", "email address", "client email"),
  COMPANY("company", "employer", "company name"),
  ROLE("role", "title", "position", "job title"),
  LEVEL("level", "job level"),
  LOCATION("location", "city", "market"),
  BASE_SALARY("base_salary", "base", "base pay", "annual base", "base salary usd", "salary"),
  SIGN_ON_YEAR1(
      "sign_on_year1",
      "signing_year1",
      "sign_on_1",
      "signing bonus y1",
      "signing bonus year 1",
      "sign-on bonus year 1",
      "sign on y1",
      "year 1 sign-on",
      "y1 sign-on"),
  SIGN_ON_YEAR2(
      "sign_on_year2",
      "signing_year2",
      "sign_on_2",
      "signing bonus y2",
      "signing bonus year 2",
      "sign-on bonus year 2",
      "sign on y2",
      "year 2 sign-on",
      "y2 sign-on"),
  RSU_VALUE(
      "rsu_value",
      "equity",
      "rsu_grant",
      "equity_4yr",
      "rsus",
      "rsu",
      "rsu grant value",
      "equity grant",
      "stock grant",
      "equity 4 years"),
  RSU_SHARES("rsu_shares", "shares", "number of shares", "share count"),
  STOCK_PRICE("stock_price", "share_price", "price per share"),
  VESTING("vesting", "vesting_schedule"),
  STOCK_GROWTH("stock_growth", "growth", "stock growth pct", "growth pct", "stock growth per year"),
  ANNUAL_BONUS_PCT("annual_bonus_pct", "bonus_pct", "target_bonus", "target bonus pct"),
  RELOCATION("relocation", "relocation bonus", "relo"),
  UNVESTED_EQUITY("unvested_equity", "walk_away_equity"),
  FORFEITED_BONUS("forfeited_bonus"),
  WALK_AWAY("walk_away", "minimum", "walk_away_number"),
  TARGET_LEVEL("target_level"),
  OFFER_DATE("offer_date", "offer received", "date of offer"),
  START_DATE("start_date", "start", "start day"),
  DECISION_DEADLINE("decision_deadline", "offer deadline", "deadline", "respond by"),
  WORK_MODE("work_mode", "remote"),
  FILING_STATUS("filing_status", "tax_filing", "filing"),
  STATE("state", "tax_state", "work_state"),
  REFRESHER_PER_YEAR("refresher_per_year", "refresher", "refreshers"),
  SIGN_ON_TERMS("sign_on_terms", "sign_on_repayment", "clawback");

  private static final Map<String, Column> BY_KEY = new HashMap<>();
  private static final Map<String, Column> BY_LOOSE_KEY = new HashMap<>();
  private static final Pattern PARENTHESISED = Pattern.compile("\\([^)]*\\)|\\[[^\\]]*\\]");

  static {
    for (Column c : values()) {
      for (String name : c.names) {
        Column previous = BY_KEY.put(key(name), c);
        if (previous != null) {
          throw new IllegalStateException("alias " + name + " used twice");
        }
        Column loose = BY_LOOSE_KEY.put(looseKey(name), c);
        if (loose != null && loose != c) {
          throw new IllegalStateException("alias " + name + " matches two columns loosely");
        }
      }
    }
  }

  private final List<String> names;

  Column(String name, String... aliases) {
    List<String> all = new ArrayList<>();
    all.add(name);
    all.addAll(List.of(aliases));
    this.names = List.copyOf(all);
  }

  /** The canonical name as the spec writes it, e.g. {@code base_salary}. */
  public String canonicalName() {
    return names.get(0);
  }

  /** The aliases accepted besides the canonical name. */
  public List<String> aliases() {
    return names.subList(1, names.size());
  }

  public boolean isRequired() {
    return this == CANDIDATE || this == BASE_SALARY;
  }

  /**
   * The column a header cell names, if any. Besides the exact names and aliases, a header matches
   * when it does ignoring punctuation, a currency or percent sign and a parenthesised unit, as
   * coaches write them: {@code Base Salary ($)}, {@code Bonus %}, {@code Sign-on (Year 2)}, {@code
   * Equity (4 yr)}. A percent sign also tries the name with {@code pct}, so {@code Bonus %} is
   * annual_bonus_pct.
   */
  public static Optional<Column> forHeader(String header) {
    if (header == null) {
      return Optional.empty();
    }
    Column exact = BY_KEY.get(key(header));
    if (exact != null) {
      return Optional.of(exact);
    }
    String loose = looseKey(header);
    String withoutUnit = looseKey(PARENTHESISED.matcher(header).replaceAll(" "));
    List<String> tries = new ArrayList<>();
    if (header.indexOf('%') >= 0) {
      tries.add(loose + "pct");
      tries.add(withoutUnit + "pct");
    }
    tries.add(loose);
    tries.add(withoutUnit);
    for (String k : tries) {
      Column c = BY_LOOSE_KEY.get(k);
      if (c != null) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /** The words of a header that suggest a known column, for look-alike warnings. */
  private static final Pattern LOOK_ALIKE =
      Pattern.compile(
          "(?i).*\\b(sign|signing|sign-?on|bonus|growth|equity|rsus?|base|salary|stock|vest\\w*|"
              + "relo\\w*|shares?|walk|grant)\\b.*");

  /** True when an unmatched header shares a word with a known column (e.g. "Signing Bonus"). */
  public static boolean looksLikeKnown(String header) {
    return header != null && LOOK_ALIKE.matcher(header).matches();
  }

  /** The matching key: lower case without whitespace, {@code _}, {@code -} and {@code .}. */
  static String key(String header) {
    StringBuilder sb = new StringBuilder(header.length());
    for (int i = 0; i < header.length(); i++) {
      char c = header.charAt(i);
      if (c == '_'
          || c == '-'
          || c == '.'
          || c == '\uFEFF'
          || Character.isWhitespace(c)
          || Character.isSpaceChar(c)) {
        continue;
      }
      sb.append(c);
    }
    return sb.toString().toLowerCase(Locale.ROOT);
  }

  /** Lower case letters and digits only: every space, punctuation mark and symbol dropped. */
  static String looseKey(String header) {
    StringBuilder sb = new StringBuilder(header.length());
    for (int i = 0; i < header.length(); i++) {
      char c = header.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        sb.append(Character.toLowerCase(c));
      }
    }
    return sb.toString();
  }

  @Override
  public String toString() {
    return canonicalName();
  }
}
