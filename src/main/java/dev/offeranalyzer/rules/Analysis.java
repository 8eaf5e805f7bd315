package dev.offeranalyzer.rules;

import dev.offeranalyzer.engine.Compensation;
import dev.offeranalyzer.market.MarketComparison;
import dev.offeranalyzer.offer.Offer;
import dev.offeranalyzer.tax.TaxEstimate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the tool concludes about one offer: the engine's figures, the market comparison, the
 * findings (red flags first) and the counter-offer plan.
 *
 * @param market null when the offer's company, level and location have no band
 * @param competing the same candidate's other offers in the batch (never this one)
 * @param notes plain remarks, e.g. "No market data for Google L5 Denver: market rules skipped"
 * @param thresholds the thresholds the rules and the plan used (the report quotes them)
 * @param tax the take-home estimate (SPEC section 12), or null when the offer's state has none
 * @param tiers the full plan, then the largest ask within each lower approval tier (SPEC 14)
 */
public record Analysis(
    Offer offer,
    Compensation compensation,
    MarketComparison market,
    List<Finding> findings,
    CounterOfferPlan plan,
    List<Competitor> competing,
    List<String> notes,
    Thresholds thresholds,
    TaxEstimate tax,
    List<TierPlan> tiers) {

  public Analysis {
    findings = List.copyOf(findings);
    competing = List.copyOf(competing);
    notes = List.copyOf(notes);
    Objects.requireNonNull(thresholds, "thresholds");
    tiers = List.copyOf(tiers);
  }

  /** Without approval tiers (tests and tools that do not plan them). */
  public Analysis(
      Offer offer,
      Compensation compensation,
      MarketComparison market,
      List<Finding> findings,
      CounterOfferPlan plan,
      List<Competitor> competing,
      List<String> notes,
      Thresholds thresholds,
      TaxEstimate tax) {
    this(offer, compensation, market, findings, plan, competing, notes, thresholds, tax, List.of());
  }

  /** Without a tax estimate and approval tiers. */
  public Analysis(
      Offer offer,
      Compensation compensation,
      MarketComparison market,
      List<Finding> findings,
      CounterOfferPlan plan,
      List<Competitor> competing,
      List<String> notes,
      Thresholds thresholds) {
    this(offer, compensation, market, findings, plan, competing, notes, thresholds, null);
  }

  /** An analysis made with {@link Thresholds#defaults()}, without tax estimate or tiers. */
  public Analysis(
      Offer offer,
      Compensation compensation,
      MarketComparison market,
      List<Finding> findings,
      CounterOfferPlan plan,
      List<Competitor> competing,
      List<String> notes) {
    this(offer, compensation, market, findings, plan, competing, notes, Thresholds.defaults());
  }

  public Optional<TaxEstimate> taxOpt() {
    return Optional.ofNullable(tax);
  }

  public Optional<MarketComparison> marketOpt() {
    return Optional.ofNullable(market);
  }

  public long redFlagCount() {
    return findings.stream().filter(f -> f.severity() == Severity.RED_FLAG).count();
  }

  /**
   * Another offer of the same candidate, with its engine result and its tax estimate (null when its
   * state has none).
   */
  public record Competitor(Offer offer, Compensation compensation, TaxEstimate tax) {
    public Competitor(Offer offer, Compensation compensation) {
      this(offer, compensation, null);
    }
  }
}
