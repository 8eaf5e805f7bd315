package dev.offeranalyzer.rules;

import dev.offeranalyzer.market.Levels;
import dev.offeranalyzer.offer.Offer;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The levers besides money that the offer's data speaks to, in print order. Pure. */
final class NonMoneyLevers {

  private final Thresholds thresholds;

  NonMoneyLevers(Thresholds thresholds) {
    this.thresholds = Objects.requireNonNull(thresholds, "thresholds");
  }

  List<NonMoneyLever> of(Offer offer) {
    List<NonMoneyLever> out = new ArrayList<>();
    if (offer.offerDate() != null && offer.startDate() != null) {
      long days = ChronoUnit.DAYS.between(offer.offerDate(), offer.startDate());
      out.add(new NonMoneyLever.StartDate(days, StartDateLeverageRule.tier(days, thresholds)));
    }
    if (Levels.isAbove(offer.targetLevel(), offer.level())) {
      out.add(
          new NonMoneyLever.Level(
              Levels.canonical(offer.level()), Levels.canonical(offer.targetLevel())));
    }
    if (offer.workMode() != null) {
      out.add(new NonMoneyLever.WorkArrangement(offer.workMode()));
    }
    if (offer.relocation() != null) {
      out.add(new NonMoneyLever.Relocation(offer.relocation()));
    }
    if (offer.annualBonusPct().isZero()) {
      out.add(
          new NonMoneyLever.Refreshers(
              offer.company().trim().equalsIgnoreCase(Offer.DEFAULT_COMPANY)));
    }
    return out;
  }
}
