package dev.offeranalyzer.report.model;

import dev.offeranalyzer.offer.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Rounds exact amounts in cents to whole dollars so that the printed parts add up to a printed
 * total (the largest-remainder method).
 *
 * <p>Each part is printed as its amount rounded down or up to a whole dollar: the parts start
 * rounded down, and the dollars still missing to reach the total go, one each, to the parts with
 * the largest cents (ties: the earlier part). A part with no cents is never rounded up, so a zero
 * stays zero.
 */
public final class WholeDollars {

  private WholeDollars() {}

  /**
   * Whole-dollar parts that add up to {@code total}.
   *
   * @param parts non-negative exact amounts
   * @param total the printed total; must lie between the sum of the parts rounded down and the sum
   *     rounded up (true for the half-up rounding of their exact sum, and for any value this method
   *     gave for that sum)
   * @throws IllegalArgumentException when {@code total} cannot be reached that way
   */
  public static long[] apportion(List<Money> parts, long total) {
    int n = parts.size();
    long[] out = new long[n];
    BigDecimal[] cents = new BigDecimal[n];
    long floorSum = 0;
    for (int i = 0; i < n; i++) {
      BigDecimal amount = parts.get(i).amount();
      if (amount.signum() < 0) {
        throw new IllegalArgumentException("cannot apportion a negative part: " + amount);
      }
      BigDecimal floor = amount.setScale(0, RoundingMode.FLOOR);
      out[i] = floor.longValueExact();
      cents[i] = amount.subtract(floor);
      floorSum += out[i];
    }
    long missing = total - floorSum;
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (cents[i].signum() > 0) {
        order.add(i);
      }
    }
    if (missing < 0 || missing > order.size()) {
      throw new IllegalArgumentException(
          "cannot print parts " + parts + " so that they add up to " + total);
    }
    order.sort(Comparator.comparing((Integer i) -> cents[i]).reversed());
    for (int k = 0; k < missing; k++) {
      out[order.get(k)]++;
    }
    return out;
  }

  /** The sum of {@code values}. */
  public static long sum(long[] values) {
    long s = 0;
    for (long v : values) {
      s += v;
    }
    return s;
  }
}
