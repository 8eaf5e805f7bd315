package dev.offeranalyzer.market;

import dev.offeranalyzer.offer.Money;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A market band: low to high, with optional percentile points (keys 10, 25, 50, 75, 90).
 *
 * <p>Position and percentile target follow SPEC section 5: piecewise-linear between the given
 * points (low counts as the 0th and high as the 100th percentile), else linear from low to high.
 */
public record Band(Money low, Money high, SortedMap<Integer, Money> percentiles) {
  public Band {
    percentiles = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(percentiles));
  }

  public static Band of(Money low, Money high) {
    return new Band(low, high, new TreeMap<>());
  }

  public static Band of(Money low, Money high, Map<Integer, Money> points) {
    return new Band(low, high, new TreeMap<>(points));
  }
}
