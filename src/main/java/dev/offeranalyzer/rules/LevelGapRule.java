package dev.offeranalyzer.rules;

import dev.offeranalyzer.market.Levels;
import dev.offeranalyzer.offer.Offer;
import java.util.List;

/** LEVEL_GAP: the candidate targets a level above the one offered. */
public final class LevelGapRule implements Rule {

  public static final String ID = "LEVEL_GAP";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<Finding> evaluate(RuleContext ctx) {
    Offer o = ctx.offer();
    if (!Levels.isAbove(o.targetLevel(), o.level())) {
      return List.of();
    }
    String target = Levels.canonical(o.targetLevel());
    return List.of(
        new Finding(
            ID,
            Severity.OPPORTUNITY,
            new FindingFacts.LevelGap(Levels.canonical(o.level()), target)));
  }
}
