package dev.offeranalyzer.rules;

import dev.offeranalyzer.offer.Formats;
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
            "Very short decision deadline",
            days
                + (days == 1 ? " day" : " days")
                + " from the offer ("
                + Formats.date(o.offerDate())
                + ") to the deadline ("
                + Formats.date(o.decisionDeadline())
                + ")",
            "Ask for more time. Taking at least 48 hours to review is a normal request, and a"
                + " rushed yes is hard to improve later."));
  }
}
