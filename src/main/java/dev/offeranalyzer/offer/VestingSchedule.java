package dev.offeranalyzer.offer;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a grant vests over four years: a name for display and the vest events (SPEC section 3).
 *
 * @param name the preset's name ({@code amazon}, {@code google}, ...) or the schedule as written in
 *     a normal form, e.g. {@code 38/32/20/10 monthly}
 * @param events the vest events in month order; events of zero fraction are left out
 * @param preset the preset this schedule is, or null for a schedule written in the input
 */
public record VestingSchedule(String name, List<VestEvent> events, VestingPreset preset) {

  private static final BigDecimal TOLERANCE = new BigDecimal("0.01");
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final MathContext MC = MathContext.DECIMAL128;
  private static final Pattern GRAMMAR =
      Pattern.compile(
          "([^/\\s]+)\\s*/\\s*([^/\\s]+)\\s*/\\s*([^/\\s]+)\\s*/\\s*([^/\\s]+)"
              + "(?:\\s+(annual|semiannual|semi-annual|quarterly|monthly))?(?:\\s+(cliff))?");

  /** Every preset by name, in the data's order; see {@link VestingPresets}. */
  private static final Map<String, VestingSchedule> PRESETS = VestingPresets.load();

  /** Amazon's 5/15/40/40: 5% at month 12, 15% at 24, then 20% every six months. */
  public static final VestingSchedule AMAZON = PRESETS.get("amazon");

  /** 25% at the first anniversary, then 6.25% every quarter to month 48. */
  public static final VestingSchedule EVEN = PRESETS.get("even");

  public VestingSchedule {
    Objects.requireNonNull(name, "name");
    events = List.copyOf(events);
  }

  public VestingSchedule(String name, List<VestEvent> events) {
    this(name, events, null);
  }

  static Map<String, VestingSchedule> presets() {
    return PRESETS;
  }

  /**
   * The company's preset when the input gives none (SPEC section 3); see {@link VestingPresets}.
   */
  public static VestingSchedule defaultFor(String company) {
    return VestingPresets.forCompany(company);
  }

  /**
   * Parses a preset name or a schedule {@code a/b/c/d [annual|semiannual|quarterly|monthly]
   * [cliff]} whose yearly percents add up to 100 (within 0.01). Case and spaces are free; a percent
   * may carry a {@code %} sign.
   *
   * @throws IllegalArgumentException with a message fit for a coach, saying what is accepted
   */
  public static VestingSchedule parse(String text) {
    String t = text.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    VestingSchedule preset = PRESETS == null ? null : PRESETS.get(t);
    if (preset != null) {
      return preset;
    }
    Matcher m = GRAMMAR.matcher(t.replace("%", ""));
    if (!m.matches()) {
      throw new IllegalArgumentException("is not a vesting schedule (" + accepted() + ")");
    }
    BigDecimal[] pcts = new BigDecimal[4];
    BigDecimal sum = BigDecimal.ZERO;
    for (int k = 0; k < 4; k++) {
      try {
        pcts[k] = new BigDecimal(m.group(k + 1));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            "is not a vesting schedule (year "
                + (k + 1)
                + " \""
                + m.group(k + 1)
                + "\" is not a number; "
                + accepted()
                + ")");
      }
      if (pcts[k].signum() < 0) {
        throw new IllegalArgumentException(
            "is not a vesting schedule (negative percent; " + accepted() + ")");
      }
      sum = sum.add(pcts[k]);
    }
    if (sum.subtract(HUNDRED).abs().compareTo(TOLERANCE) > 0) {
      throw new IllegalArgumentException(
          "yearly percents add up to "
              + sum.stripTrailingZeros().toPlainString()
              + ", not 100 ("
              + accepted()
              + ")");
    }
    String period = m.group(5) == null ? "annual" : m.group(5).replace("-", "");
    boolean cliff = m.group(6) != null;
    int perYear =
        switch (period) {
          case "semiannual" -> 2;
          case "quarterly" -> 4;
          case "monthly" -> 12;
          default -> 1;
        };
    StringBuilder name = new StringBuilder();
    for (int k = 0; k < 4; k++) {
      name.append(k == 0 ? "" : "/").append(pcts[k].stripTrailingZeros().toPlainString());
    }
    if (m.group(5) != null) {
      name.append(' ').append(period);
    }
    if (cliff) {
      name.append(" cliff");
    }
    return new VestingSchedule(name.toString(), events(pcts, perYear, cliff), null);
  }

  /** What a vesting cell may hold, for error messages. */
  public static String accepted() {
    return "accepted: "
        + (PRESETS == null ? "a preset" : String.join(", ", PRESETS.keySet()))
        + ", or four yearly percents adding up to 100, optionally followed by annual, semiannual,"
        + " quarterly or monthly and by cliff, e.g. 25/25/25/25 quarterly cliff";
  }

  /**
   * The events of four yearly percents vesting in {@code perYear} equal parts at months {@code
   * 12(k-1) + 12j/perYear}; the last part of a year takes what dividing left, so each year adds up
   * to its percent exactly. With {@code cliff}, year 1's events become one event at month 12.
   */
  static List<VestEvent> events(BigDecimal[] pcts, int perYear, boolean cliff) {
    List<VestEvent> events = new ArrayList<>();
    for (int k = 1; k <= 4; k++) {
      BigDecimal year = pcts[k - 1].divide(HUNDRED);
      if (year.signum() == 0) {
        continue;
      }
      if (k == 1 && cliff) {
        events.add(new VestEvent(12, year));
        continue;
      }
      BigDecimal part = year.divide(BigDecimal.valueOf(perYear), MC);
      BigDecimal given = BigDecimal.ZERO;
      for (int j = 1; j <= perYear; j++) {
        BigDecimal f = j == perYear ? year.subtract(given) : part;
        given = given.add(f);
        events.add(new VestEvent(12 * (k - 1) + 12 * j / perYear, f));
      }
    }
    return events;
  }

  /** A preset's schedule: the grammar, or explicit {@code month:percent} events. */
  static VestingSchedule fromPreset(VestingPreset p) {
    if (p.schedule().contains(":")) {
      List<VestEvent> events = new ArrayList<>();
      for (String part : p.schedule().split(",")) {
        String[] mp = part.trim().split(":");
        events.add(
            new VestEvent(
                Integer.parseInt(mp[0].trim()), new BigDecimal(mp[1].trim()).divide(HUNDRED)));
      }
      return new VestingSchedule(p.name(), events, p);
    }
    VestingSchedule s = parse(p.schedule());
    return new VestingSchedule(p.name(), s.events(), p);
  }
}
