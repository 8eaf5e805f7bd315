package dev.offeranalyzer.rules;

import dev.offeranalyzer.offer.Offer;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * START_DATE_LEVERAGE: how much the gap between offer date and start date helps the negotiation, in
 * the playbook's tiers (below 14 days weakest, 14-27 standard, 28-41 some, 42-89 strong, 90 or more
 * maximum).
 */
public final class StartDateLeverageRule implements Rule {

  public static final String ID = "START_DATE_LEVERAGE";

  /** The leverage tiers, weakest first. */
  public enum Tier {
    WEAKEST,
    STANDARD,
    SOME,
    STRONG,
    MAXIMUM
  }

  @Override
  public String id() {
    return ID;
  }

  /** The tier of a gap of {@code days} days between offer and start. */
  public static Tier tier(long days, Thresholds t) {
    if (days < t.startStandardDays()) {
      return Tier.WEAKEST;
    }
    if (days < t.startSomeDays()) {
      return Tier.STANDARD;
    }
    if (days < t.startStrongDays()) {
      return Tier.SOME;
    }
    if (days < t.startMaximumDays()) {
      return Tier.STRONG;
    }
    return Tier.MAXIMUM;
  }

  @Override
  public List<Finding> evaluate(RuleContext ctx) {
    Offer o = ctx.offer();
    if (o.offerDate() == null || o.startDate() == null) {
      return List.of();
    }
    long days = ChronoUnit.DAYS.between(o.offerDate(), o.startDate());
    Tier tier = tier(days, ctx.thresholds());
    return List.of(
        new Finding(
            ID,
            Severity.INFO,
            new FindingFacts.StartDateLeverage(days, o.offerDate(), o.startDate(), tier)));
  }
}
