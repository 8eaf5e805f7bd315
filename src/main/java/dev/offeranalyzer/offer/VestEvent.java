package dev.offeranalyzer.offer;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One vesting event: at employment month {@code month} (12 = first anniversary), {@code fraction}
 * of the grant vests (0.05 = 5 percent).
 */
public record VestEvent(int month, BigDecimal fraction) {
  public VestEvent {
    Objects.requireNonNull(fraction, "fraction");
    if (month < 1 || month > 48) {
      throw new IllegalArgumentException("vest month must be 1..48, was " + month);
    }
    if (fraction.signum() < 0) {
      throw new IllegalArgumentException("vest fraction must not be negative, was " + fraction);
    }
  }

  /** The 1-based year (1..4) this event falls in: months 12(k-1) &lt; m &lt;= 12k. */
  public int year() {
    return (month + 11) / 12;
  }
}
