package dev.offeranalyzer.rules;

import dev.offeranalyzer.engine.Compensation;
import dev.offeranalyzer.engine.CompensationEngine;
import dev.offeranalyzer.market.Component;
import dev.offeranalyzer.market.MarketBands;
import dev.offeranalyzer.market.MarketComparison;
import dev.offeranalyzer.market.MarketData;
import dev.offeranalyzer.offer.CandidateKey;
import dev.offeranalyzer.offer.Money;
import dev.offeranalyzer.offer.Offer;
import dev.offeranalyzer.tax.TaxCalculator;
import dev.offeranalyzer.tax.TaxEstimate;
import dev.offeranalyzer.tax.TaxTables;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Runs the whole pure pipeline on offers: engine, market comparison, rules, counter-offer plan.
 * Immutable and thread-safe; the work for n offers is linear in n plus the size of each candidate's
 * group of offers.
 */
public final class Analyzer {

  private final MarketData market;
  private final Thresholds thresholds;
  private final CompensationEngine engine;
  private final Rulebook rulebook;
  private final CounterOfferPlanner planner;
  private final TaxCalculator tax;
  private final ApprovalTiers tiers;

  /** With the standard rulebook. */
  public Analyzer(MarketData market, Thresholds thresholds, CompensationEngine engine) {
    this(market, thresholds, engine, Rulebook.standard());
  }

  /** With the standard rulebook and no tax tables (every offer gets "no tax estimate"). */
  public Analyzer(
      MarketData market, Thresholds thresholds, CompensationEngine engine, Rulebook rulebook) {
    this(market, thresholds, engine, rulebook, new TaxCalculator(TaxTables.empty("none")));
  }

  /** With the standard rulebook and the take-home estimate of {@code tax}. */
  public Analyzer(
      MarketData market, Thresholds thresholds, CompensationEngine engine, TaxCalculator tax) {
    this(market, thresholds, engine, Rulebook.standard(), tax);
  }

  public Analyzer(
      MarketData market,
      Thresholds thresholds,
      CompensationEngine engine,
      Rulebook rulebook,
      TaxCalculator tax) {
    this.tax = Objects.requireNonNull(tax, "tax");
    this.market = Objects.requireNonNull(market, "market");
    this.thresholds = Objects.requireNonNull(thresholds, "thresholds");
    this.engine = Objects.requireNonNull(engine, "engine");
    this.rulebook = Objects.requireNonNull(rulebook, "rulebook");
    this.planner = new CounterOfferPlanner(engine, thresholds);
    this.tiers = new ApprovalTiers(engine, thresholds);
  }

  /**
   * Analyses a batch and returns the analyses in input order. Offers of the same candidate (see
   * {@link #candidateKey}) see each other as competitors. Holds every analysis in memory; for large
   * batches prefer {@link #analyzeEach}.
   */
  public List<Analysis> analyze(List<Offer> offers) {
    Analysis[] out = new Analysis[offers.size()];
    analyzeEach(offers, (analysis, index) -> out[index] = analysis);
    return java.util.Arrays.asList(out);
  }

  /**
   * Analyses a batch one candidate at a time and hands each analysis to {@code sink} with the
   * offer's index in {@code offers}, so a caller can write each report and let the analysis go:
   * memory holds the offers plus one candidate's results. Candidates come in order of their first
   * offer; a candidate's offers in input order. Offers of the same candidate see each other as
   * competitors.
   */
  public void analyzeEach(List<Offer> offers, java.util.function.ObjIntConsumer<Analysis> sink) {
    Map<String, List<Integer>> groups = new java.util.LinkedHashMap<>();
    for (int i = 0; i < offers.size(); i++) {
      groups
          .computeIfAbsent(candidateKey(offers.get(i).candidate()), k -> new ArrayList<>(1))
          .add(i);
    }
    for (List<Integer> group : groups.values()) {
      List<Analysis.Competitor> members = new ArrayList<>(group.size());
      for (int i : group) {
        Offer o = offers.get(i);
        Compensation c = engine.compute(o);
        members.add(new Analysis.Competitor(o, c, tax.estimate(o, c).orElse(null)));
      }
      for (int a = 0; a < group.size(); a++) {
        List<Analysis.Competitor> competing = new ArrayList<>(group.size() - 1);
        for (int b = 0; b < group.size(); b++) {
          if (b != a) {
            competing.add(members.get(b));
          }
        }
        Analysis.Competitor self = members.get(a);
        sink.accept(analyze(self, competing), group.get(a));
      }
    }
  }

  /** Analyses one offer on its own (no competitors). */
  public Analysis analyze(Offer offer) {
    return analyze(offer, engine.compute(offer), List.of());
  }

  private Analysis analyze(Analysis.Competitor self, List<Analysis.Competitor> competing) {
    return analyze(self.offer(), self.compensation(), self.tax(), competing);
  }

  /**
   * Analyses one offer whose engine result and competitors the caller already has.
   *
   * @param compensation the engine's result for {@code offer}
   * @param competing the same candidate's other offers (not this one), possibly empty
   */
  public Analysis analyze(
      Offer offer, Compensation compensation, List<Analysis.Competitor> competing) {
    return analyze(offer, compensation, tax.estimate(offer, compensation).orElse(null), competing);
  }

  private Analysis analyze(
      Offer offer,
      Compensation compensation,
      TaxEstimate estimate,
      List<Analysis.Competitor> competing) {
    MarketBands bands = market.bandsFor(offer).orElse(null);
    MarketComparison comparison = market.compare(offer, compensation).orElse(null);
    Money cap = market.baseCapFor(offer).orElse(null);
    RuleContext ctx =
        new RuleContext(
            offer, compensation, comparison, bands, cap, competing, thresholds, estimate);
    Rulebook.Outcome outcome = rulebook.evaluate(ctx);
    CounterOfferPlan plan = planner.plan(offer, compensation, bands, cap);
    return new Analysis(
        offer,
        compensation,
        comparison,
        outcome.findings(),
        plan,
        competing,
        notes(ctx, outcome, plan),
        thresholds,
        estimate,
        tiers.plans(offer, compensation, plan));
  }

  /** Why an offer has no take-home estimate. */
  private AnalysisNote noTaxEstimate(Offer o) {
    return tax.stateFor(o)
        .<AnalysisNote>map(
            st -> new AnalysisNote.StateNotCovered(st, List.copyOf(tax.tables().states())))
        .orElse(new AnalysisNote.NoState(o.location()));
  }

  /** The key that groups a candidate's offers: trimmed, inner spaces collapsed, lower case. */
  public static String candidateKey(String candidate) {
    return CandidateKey.of(candidate);
  }

  private List<AnalysisNote> notes(
      RuleContext ctx, Rulebook.Outcome outcome, CounterOfferPlan plan) {
    List<AnalysisNote> notes = new ArrayList<>();
    Offer o = ctx.offer();
    if (ctx.market() == null) {
      if (o.level() == null || o.location() == null) {
        notes.add(new AnalysisNote.NoLevelOrLocation(o.level() == null, o.location() == null));
      } else if (ctx.bands() == null) {
        notes.add(
            new AnalysisNote.NoMarketDataFor(
                o.company(), o.level(), o.location(), market.source()));
      } else {
        List<String> missing = new ArrayList<>();
        for (Component c : List.of(Component.BASE, Component.EQUITY_4YR, Component.SIGNING)) {
          if (ctx.band(c).isEmpty()) {
            missing.add(c.csvName());
          }
        }
        notes.add(new AnalysisNote.IncompleteBands(ctx.bands().describe(), missing));
      }
    }
    outcome.skipped().forEach((reason, ids) -> notes.add(new AnalysisNote.Skipped(reason, ids)));
    if (!plan.fromBand()) {
      notes.add(
          new AnalysisNote.FallbackRaises(
              thresholds.fallbackBaseRaisePercent(),
              thresholds.fallbackGrantRaisePercent(),
              thresholds.fallbackSignOnRaisePercent()));
    }
    // Without any tax tables (an analyzer built without them) the estimate is simply off.
    if (ctx.tax() == null && !tax.tables().states().isEmpty()) {
      notes.add(noTaxEstimate(o));
    }
    if (o.grantInSharesOnly()) {
      notes.add(new AnalysisNote.GrantInShares(o.rsuShares(), o.stockPrice(), o.grantValue()));
    }
    return notes;
  }
}
