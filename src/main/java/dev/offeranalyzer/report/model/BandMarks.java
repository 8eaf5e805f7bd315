package dev.offeranalyzer.report.model;

import dev.offeranalyzer.market.Band;
import dev.offeranalyzer.offer.Money;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Map;
import java.util.TreeMap;

/**
 * The p-th percentile value of a band for the report's range marks (SPEC section 5):
 * piecewise-linear through (0, low), the band's points and (100, high); without points, {@code low
 * + p/100 * (high - low)}.
 */
final class BandMarks {

  private BandMarks() {}

  static Money percentile(Band band, int p) {
    TreeMap<Integer, Money> knots = new TreeMap<>(band.percentiles());
    knots.put(0, band.low());
    knots.put(100, band.high());
    Money exact = knots.get(p);
    if (exact != null) {
      return exact;
    }
    Map.Entry<Integer, Money> below = knots.floorEntry(p);
    Map.Entry<Integer, Money> above = knots.ceilingEntry(p);
    BigDecimal span = above.getValue().amount().subtract(below.getValue().amount());
    BigDecimal share =
        BigDecimal.valueOf(p - below.getKey())
            .divide(BigDecimal.valueOf(above.getKey() - below.getKey()), MathContext.DECIMAL128);
    return Money.of(below.getValue().amount().add(span.multiply(share, MathContext.DECIMAL128)));
  }
}
