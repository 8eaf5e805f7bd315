package dev.offeranalyzer.market;

import dev.offeranalyzer.offer.Money;
import java.util.List;

/**
 * How an offer compares with its market band (SPEC section 5). Exists only when the offer's
 * company, level and location have a band.
 *
 * @param rows base, grant, sign-on and the 4-year average, for those components the data has
 * @param averageBand the composite band of the 4-year average
 * @param marketPosition the offer's market position: its 4-year average in {@code averageBand}
 * @param baseCap the level's base cap, or null when the data has none
 * @param source a short description of where the bands came from, e.g. "built-in 2024-2025 bands"
 */
public record MarketComparison(
    List<ComponentComparison> rows,
    Band averageBand,
    Position marketPosition,
    Money baseCap,
    String source) {
  public MarketComparison {
    rows = List.copyOf(rows);
  }
}
