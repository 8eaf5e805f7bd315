package dev.offeranalyzer.rules;

import dev.offeranalyzer.engine.Compensation;
import dev.offeranalyzer.market.Band;
import dev.offeranalyzer.market.Component;
import dev.offeranalyzer.market.MarketBands;
import dev.offeranalyzer.market.MarketComparison;
import dev.offeranalyzer.offer.Money;
import dev.offeranalyzer.offer.Offer;
import dev.offeranalyzer.tax.TaxEstimate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a rule sees of one offer.
 *
 * @param market the market comparison, or null when there is no market data for the offer
 * @param bands the offer's bands, or null when the data has none for its company, level and
 *     location (may be present while {@code market} is null, when the entry lacks a component)
 * @param baseCap the level's base cap, or null when none is known
 * @param competing the same candidate's other offers (never this one)
 * @param tax the take-home estimate, or null when the offer's state has none
 */
public record RuleContext(
    Offer offer,
    Compensation compensation,
    MarketComparison market,
    MarketBands bands,
    Money baseCap,
    List<Analysis.Competitor> competing,
    Thresholds thresholds,
    TaxEstimate tax) {

  public RuleContext {
    Objects.requireNonNull(offer, "offer");
    Objects.requireNonNull(compensation, "compensation");
    Objects.requireNonNull(thresholds, "thresholds");
    competing = List.copyOf(competing);
  }

  /** Without a tax estimate. */
  public RuleContext(
      Offer offer,
      Compensation compensation,
      MarketComparison market,
      MarketBands bands,
      Money baseCap,
      List<Analysis.Competitor> competing,
      Thresholds thresholds) {
    this(offer, compensation, market, bands, baseCap, competing, thresholds, null);
  }

  public Optional<MarketComparison> marketOpt() {
    return Optional.ofNullable(market);
  }

  public Optional<Band> band(Component component) {
    return bands == null ? Optional.empty() : bands.get(component);
  }

  public Optional<Money> baseCapOpt() {
    return Optional.ofNullable(baseCap);
  }

  /** E.g. {@code Amazon L6 Seattle}, with "?" for what the offer does not say. */
  public String marketName() {
    return offer.company()
        + " "
        + (offer.level() == null ? "(no level)" : offer.level())
        + " "
        + (offer.location() == null ? "(no location)" : offer.location());
  }
}
