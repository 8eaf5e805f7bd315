package dev.offeranalyzer.rules;

import dev.offeranalyzer.offer.Money;
import java.util.List;
import java.util.Optional;

/** BASE_AT_CAP: base is at (or above) the level's cap, so the money has to come elsewhere. */
public final class BaseAtCapRule implements Rule {

  public static final String ID = "BASE_AT_CAP";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Optional<MissingData> missingMarketData(RuleContext ctx) {
    return ctx.baseCap() == null ? Optional.of(MissingData.BASE_CAP) : Optional.empty();
  }

  @Override
  public List<Finding> evaluate(RuleContext ctx) {
    Money base = ctx.offer().baseSalary();
    Money cap = ctx.baseCap();
    if (base.isLessThan(cap)) {
      return List.of();
    }
    return List.of(new Finding(ID, Severity.INFO, new FindingFacts.BaseAtCap(base, cap)));
  }
}
