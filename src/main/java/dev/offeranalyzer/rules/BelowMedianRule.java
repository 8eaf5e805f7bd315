package dev.offeranalyzer.rules;

import static dev.offeranalyzer.offer.Formats.money;
import static dev.offeranalyzer.offer.Formats.position;

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
  public Optional<String> missingMarketData(RuleContext ctx) {
    return ctx.market() == null ? Optional.of("no market band") : Optional.empty();
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
            "Below the market median",
            "Market position "
                + position(mc.marketPosition().percent())
                + " of 100: 4-year average "
                + money(ctx.compensation().fourYearAverage())
                + " in a band of "
                + money(band.low())
                + " to "
                + money(band.high())
                + " (median "
                + money(band.percentile(50))
                + ")",
            "There is room to negotiate. Aim for the "
                + target
                + "th percentile, a 4-year average near "
                + money(band.percentile(target))
                + ", and back each ask with the band figures."));
  }
}
