package dev.offeranalyzer.rules;

import dev.offeranalyzer.offer.Offer;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** SHORT_DEADLINE: fewer than two days between the offer date and the decision deadline. */
public final class ShortDeadlineRule implements Rule {

  public static final String ID = "SHORT_DEADLINE";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<Finding> evaluate(RuleContext ctx) {
    Offer o = ctx.offer();
    if (o.offerDate() == null || o.decisionDeadline() == null) {
      return List.of();
    }
    long days = ChronoUnit.DAYS.between(o.offerDate(), o.decisionDeadline());
    if (days >= ctx.thresholds().shortDeadlineDays()) {
      return List.of();
    }
    return List.of(
        new Finding(
            ID,
            Severity.WARNING,
            new FindingFacts.ShortDeadline(
                days, o.offerDate(), o.decisionDeadline(), ctx.thresholds().shortDeadlineDays())));
  }
}
