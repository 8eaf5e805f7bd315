package dev.offeranalyzer.rules;

import java.util.List;
import java.util.Optional;

/** One checklist rule of SPEC section 6. Implementations are stateless and thread-safe. */
public interface Rule {

  /** The rule id, e.g. {@code CLIFF_Y3}; every finding it yields carries it. */
  String id();

  /**
   * Why the rule cannot judge this offer for lack of market data (e.g. a missing market band), or
   * empty when it can. When present, {@link #evaluate} is not called and the analysis notes the
   * skip.
   */
  default Optional<MissingData> missingMarketData(RuleContext ctx) {
    return Optional.empty();
  }

  /** The findings for this offer: usually none or one. Never null. */
  List<Finding> evaluate(RuleContext ctx);
}
