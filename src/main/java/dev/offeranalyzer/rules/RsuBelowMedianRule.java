package dev.offeranalyzer.rules;

import dev.offeranalyzer.market.Band;
import dev.offeranalyzer.market.Component;
import dev.offeranalyzer.market.Position;
import dev.offeranalyzer.offer.Money;
import java.util.List;
import java.util.Optional;

/** RSU_BELOW_MEDIAN: the grant value sits below position 50 of the equity_4yr band. */
public final class RsuBelowMedianRule implements Rule {

  public static final String ID = "RSU_BELOW_MEDIAN";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Optional<MissingData> missingMarketData(RuleContext ctx) {
    return ctx.band(Component.EQUITY_4YR).isEmpty()
        ? Optional.of(MissingData.MARKET_BAND)
        : Optional.empty();
  }

  @Override
  public List<Finding> evaluate(RuleContext ctx) {
    Band band = ctx.band(Component.EQUITY_4YR).orElseThrow();
    Money grant = ctx.offer().grantValue();
    Position p = band.position(grant);
    if (p.percent().compareTo(ctx.thresholds().medianPosition()) >= 0) {
      return List.of();
    }
    int target = ctx.thresholds().targetPercentile();
    return List.of(
        new Finding(
            ID,
            Severity.OPPORTUNITY,
            new FindingFacts.RsuBelowMedian(grant, p.percent(), band, target)));
  }
}
