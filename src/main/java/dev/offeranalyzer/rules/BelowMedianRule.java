package dev.offeranalyzer.rules;

import dev.offeranalyzer.market.Band;
import dev.offeranalyzer.market.MarketComparison;
import java.util.List;
import java.util.Optional;

/** BELOW_MEDIAN: the offer's market position (4-year average in the composite band) is below 50. */
public final class BelowMedianRule implements Rule {

  public static final String ID = "BELOW_MEDIAN";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Optional<MissingData> missingMarketData(RuleContext ctx) {
    return ctx.market() == null ? Optional.of(MissingData.MARKET_BAND) : Optional.empty();
  }

  /**
   * Compares the position as reported (rounded to 2 decimals), so the finding matches the report.
   */
  @Override
  public List<Finding> evaluate(RuleContext ctx) {
    MarketComparison mc = ctx.market();
    if (mc.marketPosition().percent().compareTo(ctx.thresholds().medianPosition()) >= 0) {
      return List.of();
    }
    Band band = mc.averageBand();
    int target = ctx.thresholds().targetPercentile();
    return List.of(
        new Finding(
            ID,
            Severity.OPPORTUNITY,
            new FindingFacts.BelowMedian(
                mc.marketPosition().percent(),
                ctx.compensation().fourYearAverage(),
                band,
                target)));
  }
}
