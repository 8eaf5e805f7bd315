package dev.offeranalyzer.rules;

import dev.offeranalyzer.engine.Compensation;
import dev.offeranalyzer.market.MarketComparison;
import dev.offeranalyzer.offer.Offer;
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
 */
public record Analysis(
    Offer offer,
    Compensation compensation,
    MarketComparison market,
    List<Finding> findings,
    CounterOfferPlan plan,
    List<Competitor> competing,
    List<String> notes,
    Thresholds thresholds) {

  public Analysis {
    findings = List.copyOf(findings);
    competing = List.copyOf(competing);
    notes = List.copyOf(notes);
    Objects.requireNonNull(thresholds, "thresholds");
  }

  /** An analysis made with {@link Thresholds#defaults()}. */
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

  public Optional<MarketComparison> marketOpt() {
    return Optional.ofNullable(market);
  }

  public long redFlagCount() {
    return findings.stream().filter(f -> f.severity() == Severity.RED_FLAG).count();
  }

  /** Another offer of the same candidate, with its engine result. */
  public record Competitor(Offer offer, Compensation compensation) {}
}
