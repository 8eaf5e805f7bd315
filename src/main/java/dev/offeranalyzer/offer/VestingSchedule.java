package dev.offeranalyzer.offer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * How a grant vests over four years: a name for display and the vest events (SPEC section 3).
 *
 * @param name {@code amazon}, {@code even}, or the yearly percents as given, e.g. {@code
 *     25/25/25/25}
 */
public record VestingSchedule(String name, List<VestEvent> events) {

  private static final BigDecimal TOLERANCE = new BigDecimal("0.01");
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** Amazon's 5/15/40/40: 5% at month 12, 15% at 24, then 20% every six months. */
  public static final VestingSchedule AMAZON =
      new VestingSchedule(
          "amazon",
          List.of(
              event(12, "0.05"),
              event(24, "0.15"),
              event(30, "0.20"),
              event(36, "0.20"),
              event(42, "0.20"),
              event(48, "0.20")));

  /** 25% at the first anniversary, then 6.25% every quarter to month 48. */
  public static final VestingSchedule EVEN = even();

  public VestingSchedule {
    Objects.requireNonNull(name, "name");
    events = List.copyOf(events);
  }

  /** The default when the input gives none: {@code amazon} for Amazon, {@code even} otherwise. */
  public static VestingSchedule defaultFor(String company) {
    return company == null || company.trim().equalsIgnoreCase("amazon") ? AMAZON : EVEN;
  }

  /**
   * Parses {@code amazon}, {@code even} or four yearly percents separated by {@code /} that add up
   * to 100 (within 0.01).
   *
   * @throws IllegalArgumentException with a message fit for a coach when the text is neither
   */
  public static VestingSchedule parse(String text) {
    String t = text.trim().toLowerCase(Locale.ROOT);
    if (t.equals("amazon")) {
      return AMAZON;
    }
    if (t.equals("even")) {
      return EVEN;
    }
    String[] parts = t.split("/", -1);
    if (parts.length != 4) {
      throw new IllegalArgumentException(
          "is not a vesting schedule (expected amazon, even, or four yearly percents like"
              + " 5/15/40/40)");
    }
    List<VestEvent> events = new ArrayList<>();
    BigDecimal sum = BigDecimal.ZERO;
    for (int k = 0; k < 4; k++) {
      String p = parts[k].trim();
      if (p.endsWith("%")) {
        p = p.substring(0, p.length() - 1).trim();
      }
      BigDecimal pct;
      try {
        pct = new BigDecimal(p);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            "is not a vesting schedule (year "
                + (k + 1)
                + " \""
                + parts[k].trim()
                + "\" is not a number)");
      }
      if (pct.signum() < 0) {
        throw new IllegalArgumentException("is not a vesting schedule (negative percent)");
      }
      sum = sum.add(pct);
      events.add(new VestEvent(12 * (k + 1), pct.divide(HUNDRED)));
    }
    if (sum.subtract(HUNDRED).abs().compareTo(TOLERANCE) > 0) {
      throw new IllegalArgumentException(
          "yearly percents add up to " + sum.stripTrailingZeros().toPlainString() + ", not 100");
    }
    String name =
        String.join(
            "/",
            events.stream()
                .map(e -> e.fraction().multiply(HUNDRED).stripTrailingZeros().toPlainString())
                .toList());
    return new VestingSchedule(name, events);
  }

  private static VestingSchedule even() {
    List<VestEvent> events = new ArrayList<>();
    events.add(event(12, "0.25"));
    for (int m = 15; m <= 48; m += 3) {
      events.add(event(m, "0.0625"));
    }
    return new VestingSchedule("even", events);
  }

  private static VestEvent event(int month, String fraction) {
    return new VestEvent(month, new BigDecimal(fraction));
  }
}
