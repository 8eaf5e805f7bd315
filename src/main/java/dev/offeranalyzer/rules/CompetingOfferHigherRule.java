package dev.offeranalyzer.rules;

import static dev.offeranalyzer.offer.Formats.money;
import static dev.offeranalyzer.offer.Formats.signedMoney;

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
    String others =
        higher.size() == 1
            ? ""
            : "; "
                + (higher.size() - 1)
                + (higher.size() == 2 ? " other offer" : " other offers")
                + " also higher";
    return List.of(
        new Finding(
            ID,
            Severity.OPPORTUNITY,
            "A competing offer pays more",
            best.offer().company()
                + " (offer "
                + best.offer().offerId()
                + "): 4-year average "
                + money(theirs)
                + " against "
                + money(own)
                + " here ("
                + signedMoney(theirs.minus(own))
                + ")"
                + others,
            "Use the competing figures, in writing where you have them, and ask this company to"
                + " close the gap. Compare 4-year averages, not year-1 numbers."));
  }
}
