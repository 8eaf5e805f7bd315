package dev.offeranalyzer.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The explicit, ordered list of rules the tool runs. Findings come out sorted by severity (red
 * flags first); within a severity they keep the rulebook's order.
 */
public record Rulebook(List<Rule> rules) {

  public Rulebook {
    rules = List.copyOf(rules);
  }

  /** Every rule of SPEC section 6. */
  public static Rulebook standard() {
    return new Rulebook(
        List.of(
            new CliffYear3Rule(),
            new BelowWalkAwayRule(),
            new BelowMedianRule(),
            new RsuBelowMedianRule(),
            new BaseAtCapRule(),
            new BaseAboveCapRule(),
            new SignOnShortRule(),
            new RsuInSharesRule(),
            new ShortDeadlineRule(),
            new StartDateLeverageRule(),
            new LevelGapRule(),
            new CompetingOfferHigherRule(),
            new CloseCallRule(),
            new Year2DipRule(),
            new TaxDueAtFilingRule()));
  }

  /**
   * Runs every rule on one offer.
   *
   * @return the findings, red flags first, and which rules were skipped for lack of market data
   */
  public Outcome evaluate(RuleContext ctx) {
    List<Finding> findings = new ArrayList<>();
    Map<String, List<String>> skipped = new LinkedHashMap<>();
    for (Rule rule : rules) {
      Optional<String> missing = rule.missingMarketData(ctx);
      if (missing.isPresent()) {
        skipped.computeIfAbsent(missing.get(), k -> new ArrayList<>()).add(rule.id());
        continue;
      }
      findings.addAll(rule.evaluate(ctx));
    }
    findings.sort(Comparator.comparing(Finding::severity));
    return new Outcome(findings, skipped);
  }

  /**
   * What the rulebook concluded.
   *
   * @param findings red flags first, stable within a severity
   * @param skipped rule ids skipped, by the reason (e.g. "no market band" -> [BELOW_MEDIAN, ...])
   */
  public record Outcome(List<Finding> findings, Map<String, List<String>> skipped) {
    public Outcome {
      findings = List.copyOf(findings);
      Map<String, List<String>> copy = new LinkedHashMap<>();
      skipped.forEach((k, v) -> copy.put(k, List.copyOf(v)));
      skipped = java.util.Collections.unmodifiableMap(copy);
    }
  }
}
