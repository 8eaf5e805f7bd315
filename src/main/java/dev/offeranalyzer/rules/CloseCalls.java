package dev.offeranalyzer.rules;

import dev.offeranalyzer.engine.Compensation;
import dev.offeranalyzer.engine.CompensationEngine;
import dev.offeranalyzer.engine.StockScenario;
import dev.offeranalyzer.offer.Money;
import dev.offeranalyzer.offer.Percent;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Close calls of SPEC section 14: two offers of one candidate whose 4-year averages differ by less
 * than 2% of the higher one, or whose order changes under a stock scenario (-10%, 0%, +15% a year
 * applied to both). Pure; needs only the engine results the analysis already has.
 */
public final class CloseCalls {

  /** Averages closer than this percent of the higher one are a close call. */
  public static final BigDecimal GAP_PERCENT = BigDecimal.valueOf(2);

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private CloseCalls() {}

  /**
   * A close call with another offer.
   *
   * @param gapPercent how far apart the 4-year averages are, as a percent of the higher one (2 dp)
   * @param withinGap true when {@code gapPercent} is below {@link #GAP_PERCENT} (exactly)
   * @param flips the scenarios under which the order of the two offers changes
   * @param thisAhead true when this offer has the higher 4-year average (ties: false)
   */
  public record CloseCall(
      Analysis.Competitor other,
      BigDecimal gapPercent,
      boolean withinGap,
      List<Percent> flips,
      boolean thisAhead) {
    public CloseCall {
      flips = List.copyOf(flips);
    }
  }

  /** The close calls of an offer with each competitor, in the competitors' order. */
  public static List<CloseCall> of(Compensation mine, List<Analysis.Competitor> competing) {
    List<CloseCall> out = new ArrayList<>();
    for (Analysis.Competitor c : competing) {
      between(mine, c).ifPresent(out::add);
    }
    return out;
  }

  /** The offer ids of {@link #of}, comma-separated, or blank when none. */
  public static String ids(Compensation mine, List<Analysis.Competitor> competing) {
    return String.join(
        ", ", of(mine, competing).stream().map(c -> c.other().offer().offerId()).toList());
  }

  static Optional<CloseCall> between(Compensation mine, Analysis.Competitor other) {
    Money a = mine.fourYearAverage();
    Money b = other.compensation().fourYearAverage();
    Money higher = a.max(b);
    Money gap = a.minus(b);
    BigDecimal gapAbs = gap.amount().abs();
    boolean within =
        higher.isGreaterThan(Money.ZERO)
            && gapAbs.multiply(HUNDRED).compareTo(GAP_PERCENT.multiply(higher.amount())) < 0;
    BigDecimal gapPercent =
        higher.isZero()
            ? BigDecimal.ZERO.setScale(2)
            : gapAbs.multiply(HUNDRED).divide(higher.amount(), 2, RoundingMode.HALF_UP);
    int order = a.compareTo(b);
    List<Percent> flips = new ArrayList<>();
    for (Percent g : CompensationEngine.SCENARIO_GROWTHS) {
      Optional<Money> x = total(mine, g);
      Optional<Money> y = total(other.compensation(), g);
      if (x.isEmpty() || y.isEmpty()) {
        continue;
      }
      int scenarioOrder = x.get().compareTo(y.get());
      if (order != 0
          && scenarioOrder != 0
          && Integer.signum(scenarioOrder) != Integer.signum(order)) {
        flips.add(g);
      }
    }
    if (!within && flips.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new CloseCall(other, gapPercent, within, flips, order > 0));
  }

  static Optional<Money> total(Compensation c, Percent growth) {
    for (StockScenario s : c.scenarios()) {
      if (s.growth().compareTo(growth) == 0) {
        return Optional.of(s.fourYearTotal());
      }
    }
    return Optional.empty();
  }
}
