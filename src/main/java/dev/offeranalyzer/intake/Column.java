package dev.offeranalyzer.intake;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The input columns of SPEC section 2 with their aliases, in the order of the template. Header
 * names match case-insensitively, ignoring spaces, {@code _}, {@code -} and {@code .}.
 */
public enum Column {
  OFFER_ID("offer_id", "id", "offer"),
  CANDIDATE("candidate", "name", "candidate_name"),
  EMAIL("email", "candidate_email"),
  COMPANY("company", "employer"),
  ROLE("role", "title", "position"),
  LEVEL("level"),
  LOCATION("location", "city", "market"),
  BASE_SALARY("base_salary", "base"),
  SIGN_ON_YEAR1("sign_on_year1", "signing_year1", "sign_on_1"),
  SIGN_ON_YEAR2("sign_on_year2", "signing_year2", "sign_on_2"),
  RSU_VALUE("rsu_value", "equity", "rsu_grant", "equity_4yr"),
  RSU_SHARES("rsu_shares", "shares"),
  STOCK_PRICE("stock_price", "share_price"),
  VESTING("vesting", "vesting_schedule"),
  STOCK_GROWTH("stock_growth", "growth"),
  ANNUAL_BONUS_PCT("annual_bonus_pct", "bonus_pct", "target_bonus"),
  RELOCATION("relocation"),
  UNVESTED_EQUITY("unvested_equity", "walk_away_equity"),
  FORFEITED_BONUS("forfeited_bonus"),
  WALK_AWAY("walk_away", "minimum", "walk_away_number"),
  TARGET_LEVEL("target_level"),
  OFFER_DATE("offer_date"),
  START_DATE("start_date"),
  DECISION_DEADLINE("decision_deadline"),
  WORK_MODE("work_mode", "remote"),
  REFRESHER_PER_YEAR("refresher_per_year", "refresher", "refreshers"),
  SIGN_ON_TERMS("sign_on_terms", "sign_on_repayment", "clawback");

  private static final Map<String, Column> BY_KEY = new HashMap<>();

  static {
    for (Column c : values()) {
      for (String name : c.names) {
        Column previous = BY_KEY.put(key(name), c);
        if (previous != null) {
          throw new IllegalStateException("alias " + name + " used twice");
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

  /** The column a header cell names, if any. */
  public static Optional<Column> forHeader(String header) {
    return header == null ? Optional.empty() : Optional.ofNullable(BY_KEY.get(key(header)));
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

  @Override
  public String toString() {
    return canonicalName();
  }
}
