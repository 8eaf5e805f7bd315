package dev.offeranalyzer.rules;

import dev.offeranalyzer.engine.CompensationEngine;
import dev.offeranalyzer.market.Band;
import dev.offeranalyzer.market.BuiltInBands;
import dev.offeranalyzer.market.Component;
import dev.offeranalyzer.market.MarketBands;
import dev.offeranalyzer.market.MarketComparison;
import dev.offeranalyzer.market.Placement;
import dev.offeranalyzer.market.Position;
import dev.offeranalyzer.offer.Money;
import dev.offeranalyzer.offer.Offer;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** Builds rule contexts for tests. */
final class Contexts {

  static final CompensationEngine ENGINE = new CompensationEngine();

  private Contexts() {}

  /** No market data, no cap, no competitors. */
  static RuleContext bare(Offer offer) {
    return new RuleContext(
        offer, ENGINE.compute(offer), null, null, null, List.of(), Thresholds.defaults());
  }

  /** With the built-in bands, as the analyzer would see it (no competitors). */
  static RuleContext builtIn(Offer offer) {
    var comp = ENGINE.compute(offer);
    var data = BuiltInBands.data();
    return new RuleContext(
        offer,
        comp,
        data.compare(offer, comp).orElse(null),
        data.bandsFor(offer).orElse(null),
        data.baseCapFor(offer).orElse(null),
        List.of(),
        Thresholds.defaults());
  }

  static RuleContext withCap(Offer offer, Money cap) {
    return new RuleContext(
        offer, ENGINE.compute(offer), null, null, cap, List.of(), Thresholds.defaults());
  }

  static RuleContext withBands(Offer offer, Map<Component, Band> bands) {
    return new RuleContext(
        offer,
        ENGINE.compute(offer),
        null,
        new MarketBands("Amazon", "L6", "Seattle", bands),
        null,
        List.of(),
        Thresholds.defaults());
  }

  /** A market comparison whose market position is exactly {@code percent}. */
  static RuleContext withMarketPosition(Offer offer, String percent) {
    Band band = Band.of(Money.of(280000), Money.of(395000));
    MarketComparison mc =
        new MarketComparison(
            List.of(), band, new Position(new BigDecimal(percent), Placement.IN_BAND), null, "t");
    return new RuleContext(
        offer, ENGINE.compute(offer), mc, null, null, List.of(), Thresholds.defaults());
  }

  static RuleContext withCompetitors(Offer offer, List<Offer> others) {
    return new RuleContext(
        offer,
        ENGINE.compute(offer),
        null,
        null,
        null,
        others.stream().map(o -> new Analysis.Competitor(o, ENGINE.compute(o))).toList(),
        Thresholds.defaults());
  }
}
