package dev.offeranalyzer.rules;

import dev.offeranalyzer.engine.Compensation;
import dev.offeranalyzer.engine.CompensationEngine;
import dev.offeranalyzer.market.Component;
import dev.offeranalyzer.market.MarketBands;
import dev.offeranalyzer.market.MarketComparison;
import dev.offeranalyzer.market.MarketData;
import dev.offeranalyzer.offer.Formats;
import dev.offeranalyzer.offer.Money;
import dev.offeranalyzer.offer.Offer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
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

  /** With the standard rulebook. */
  public Analyzer(MarketData market, Thresholds thresholds, CompensationEngine engine) {
    this(market, thresholds, engine, Rulebook.standard());
  }

  public Analyzer(
      MarketData market, Thresholds thresholds, CompensationEngine engine, Rulebook rulebook) {
    this.market = Objects.requireNonNull(market, "market");
    this.thresholds = Objects.requireNonNull(thresholds, "thresholds");
    this.engine = Objects.requireNonNull(engine, "engine");
    this.rulebook = Objects.requireNonNull(rulebook, "rulebook");
    this.planner = new CounterOfferPlanner(engine, thresholds);
  }

  /**
   * Analyses a batch, in input order. Offers of the same candidate (name trimmed, compared
   * case-insensitively) see each other as competitors.
   */
  public List<Analysis> analyze(List<Offer> offers) {
    List<Compensation> comps = new ArrayList<>(offers.size());
    Map<String, List<Integer>> groups = new HashMap<>();
    for (int i = 0; i < offers.size(); i++) {
      Offer o = offers.get(i);
      comps.add(engine.compute(o));
      groups.computeIfAbsent(candidateKey(o.candidate()), k -> new ArrayList<>(1)).add(i);
    }
    List<Analysis> out = new ArrayList<>(offers.size());
    for (int i = 0; i < offers.size(); i++) {
      Offer o = offers.get(i);
      List<Integer> group = groups.get(candidateKey(o.candidate()));
      List<Analysis.Competitor> competing = new ArrayList<>(group.size() - 1);
      for (int j : group) {
        if (j != i) {
          competing.add(new Analysis.Competitor(offers.get(j), comps.get(j)));
        }
      }
      out.add(analyze(o, comps.get(i), competing));
    }
    return out;
  }

  /** Analyses one offer on its own (no competitors). */
  public Analysis analyze(Offer offer) {
    return analyze(offer, engine.compute(offer), List.of());
  }

  /**
   * Analyses one offer whose engine result and competitors the caller already has.
   *
   * @param compensation the engine's result for {@code offer}
   * @param competing the same candidate's other offers (not this one), possibly empty
   */
  public Analysis analyze(
      Offer offer, Compensation compensation, List<Analysis.Competitor> competing) {
    MarketBands bands = market.bandsFor(offer).orElse(null);
    MarketComparison comparison = market.compare(offer, compensation).orElse(null);
    Money cap = market.baseCapFor(offer).orElse(null);
    RuleContext ctx =
        new RuleContext(offer, compensation, comparison, bands, cap, competing, thresholds);
    Rulebook.Outcome outcome = rulebook.evaluate(ctx);
    CounterOfferPlan plan = planner.plan(offer, compensation, bands, cap);
    return new Analysis(
        offer,
        compensation,
        comparison,
        outcome.findings(),
        plan,
        competing,
        notes(ctx, outcome, plan));
  }

  /** The key that groups a candidate's offers: trimmed, inner spaces collapsed, lower case. */
  public static String candidateKey(String candidate) {
    return candidate.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  private List<String> notes(RuleContext ctx, Rulebook.Outcome outcome, CounterOfferPlan plan) {
    List<String> notes = new ArrayList<>();
    Offer o = ctx.offer();
    if (ctx.market() == null) {
      if (o.level() == null || o.location() == null) {
        notes.add(
            "No market data: the offer gives no "
                + (o.level() == null && o.location() == null
                    ? "level or location"
                    : o.level() == null ? "level" : "location")
                + ".");
      } else if (ctx.bands() == null) {
        notes.add("No market data for " + ctx.marketName() + " in " + market.source() + ".");
      } else {
        List<String> missing = new ArrayList<>();
        for (Component c : List.of(Component.BASE, Component.EQUITY_4YR, Component.SIGNING)) {
          if (ctx.band(c).isEmpty()) {
            missing.add(c.csvName());
          }
        }
        notes.add(
            "The market data for "
                + ctx.bands().describe()
                + " lacks "
                + String.join(", ", missing)
                + ": no composite band, so no market position.");
      }
    }
    outcome
        .skipped()
        .forEach(
            (reason, ids) ->
                notes.add("Skipped for " + reason + ": " + String.join(", ", ids) + "."));
    if (!plan.fromBand()) {
      notes.add(
          "Counter-offer targets without a band use fixed raises: base +"
              + Formats.percent(thresholds.fallbackBaseRaisePercent())
              + ", grant +"
              + Formats.percent(thresholds.fallbackGrantRaisePercent())
              + ", sign-on +"
              + Formats.percent(thresholds.fallbackSignOnRaisePercent())
              + " (or what you forfeit, if larger).");
    }
    if (o.grantInSharesOnly()) {
      notes.add(
          "The grant is valued at "
              + Formats.quantity(o.rsuShares())
              + " shares x "
              + Formats.moneyWithCents(o.stockPrice())
              + " = "
              + Formats.money(o.grantValue())
              + " at grant.");
    }
    return notes;
  }
}
