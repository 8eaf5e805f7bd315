package dev.offeranalyzer.rules;

import dev.offeranalyzer.offer.Money;
import java.util.List;
import java.util.Optional;

/** BASE_ABOVE_CAP: base is above the level's cap, which is unusual enough to verify. */
public final class BaseAboveCapRule implements Rule {

  public static final String ID = "BASE_ABOVE_CAP";

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
    if (!base.isGreaterThan(cap)) {
      return List.of();
    }
    return List.of(new Finding(ID, Severity.WARNING, new FindingFacts.BaseAboveCap(base, cap)));
  }
}
