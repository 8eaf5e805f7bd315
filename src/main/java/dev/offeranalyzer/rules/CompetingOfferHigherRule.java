package dev.offeranalyzer.rules;

import dev.offeranalyzer.offer.Money;
import java.util.Comparator;
import java.util.List;

/**
 * COMPETING_OFFER_HIGHER: another offer of the same candidate has a higher 4-year average. One
 * finding names the highest such offer and counts the others.
 */
public final class CompetingOfferHigherRule implements Rule {

  public static final String ID = "COMPETING_OFFER_HIGHER";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<Finding> evaluate(RuleContext ctx) {
    Money own = ctx.compensation().fourYearAverage();
    List<Analysis.Competitor> higher =
        ctx.competing().stream()
            .filter(c -> c.compensation().fourYearAverage().isGreaterThan(own))
            .sorted(
                Comparator.comparing((Analysis.Competitor c) -> c.compensation().fourYearAverage())
                    .reversed())
            .toList();
    if (higher.isEmpty()) {
      return List.of();
    }
    Analysis.Competitor best = higher.get(0);
    Money theirs = best.compensation().fourYearAverage();
    return List.of(
        new Finding(
            ID,
            Severity.OPPORTUNITY,
            new FindingFacts.CompetingOfferHigher(
                best.offer().company(), best.offer().offerId(), theirs, own, higher.size() - 1)));
  }
}
