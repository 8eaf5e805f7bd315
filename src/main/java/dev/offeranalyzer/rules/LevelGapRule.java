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
            "Offered below your target level",
            "Offered " + Levels.canonical(o.level()) + "; target " + target,
            "Ask for the level to be reassessed, or for a split-level interview. Failing that, get"
                + " a written path to "
                + target
                + " within 12 months with clear milestones, or a 6-month review with a retroactive"
                + " adjustment."));
  }
}
