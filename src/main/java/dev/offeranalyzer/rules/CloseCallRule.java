package dev.offeranalyzer.rules;

import static dev.offeranalyzer.offer.Formats.money;
import static dev.offeranalyzer.offer.Formats.percent;

import dev.offeranalyzer.engine.CompensationEngine;
import dev.offeranalyzer.offer.Money;
import dev.offeranalyzer.offer.Offer;
import dev.offeranalyzer.offer.Percent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * CLOSE_CALL (INFO): this offer and another of the same candidate are too close to call (SPEC
 * section 14); one finding per other offer, naming it and what would flip the order. Where the
 * order changes with the share price, the growth rate at which the two 4-year totals meet (both
 * offers at the same yearly change, interpolated between the scenarios) is named.
 */
public final class CloseCallRule implements Rule {

  public static final String ID = "CLOSE_CALL";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<Finding> evaluate(RuleContext ctx) {
    List<Finding> out = new ArrayList<>();
    for (CloseCalls.CloseCall c : CloseCalls.of(ctx.compensation(), ctx.competing())) {
      Offer other = c.other().offer();
      String name = name(other);
      Money mine = ctx.compensation().fourYearAverage();
      Money theirs = c.other().compensation().fourYearAverage();
      StringBuilder figures =
          new StringBuilder(
              "4-year average "
                  + money(mine)
                  + " here against "
                  + money(theirs)
                  + " for "
                  + name
                  + ", "
                  + percent(c.gapPercent())
                  + " apart");
      for (Percent g : c.flips()) {
        figures
            .append("; at ")
            .append(signed(g.value()))
            .append(" a year ")
            .append(c.thisAhead() ? name + " pays more" : "this offer pays more");
      }
      out.add(
          new Finding(
              ID,
              Severity.INFO,
              "Close call with " + name,
              figures.toString(),
              flip(ctx, name, c, mine, theirs)));
    }
    return out;
  }

  private String flip(
      RuleContext ctx, String name, CloseCalls.CloseCall c, Money mine, Money theirs) {
    Optional<Crossing> meet = crossing(ctx.compensation(), c.other().compensation());
    if (meet.isPresent()) {
      Crossing x = meet.get();
      String lower = x.selfAheadBelow() ? "this offer" : name;
      String upper = x.selfAheadBelow() ? name : "this offer";
      return "The order flips with the share price: below about "
          + signed(x.growth())
          + " a year of share-price change (for both), "
          + lower
          + " pays more; above it, "
          + upper
          + " does. Weigh how sure you are of each stock, not only the headline totals.";
    }
    Money gap = mine.minus(theirs).times(BigDecimal.valueOf(4));
    if (gap.isZero()) {
      return "The two pay the same over four years: any raise on either side decides it, so"
          + " negotiate both before choosing.";
    }
    return "The order flips with "
        + money(Money.of(gap.amount().abs()))
        + " more over four years for "
        + (c.thisAhead() ? name : "this offer")
        + ": a small raise on either side decides it, so negotiate both before choosing.";
  }

  /**
   * Where the two 4-year totals meet as the share price changes for both.
   *
   * @param growth the yearly change, to a tenth of a percent
   * @param selfAheadBelow true when this offer pays more below {@code growth}
   */
  record Crossing(BigDecimal growth, boolean selfAheadBelow) {}

  /**
   * The yearly change at which the two 4-year totals meet, interpolated linearly between the
   * neighbouring stock scenarios whose order differs (the engine's scenario totals, so no extra
   * engine runs), rounded half-up to a tenth of a percent; empty when no two scenarios differ.
   */
  static Optional<Crossing> crossing(
      dev.offeranalyzer.engine.Compensation self, dev.offeranalyzer.engine.Compensation other) {
    List<Percent> points = CompensationEngine.SCENARIO_GROWTHS;
    for (int i = 0; i + 1 < points.size(); i++) {
      Optional<BigDecimal> dLo = diff(self, other, points.get(i));
      Optional<BigDecimal> dHi = diff(self, other, points.get(i + 1));
      if (dLo.isEmpty() || dHi.isEmpty()) {
        continue;
      }
      int sLo = dLo.get().signum();
      if (sLo == 0 || sLo == dHi.get().signum()) {
        continue;
      }
      BigDecimal lo = points.get(i).value();
      BigDecimal hi = points.get(i + 1).value();
      BigDecimal g =
          lo.add(
              hi.subtract(lo)
                  .multiply(dLo.get())
                  .divide(dLo.get().subtract(dHi.get()), 1, java.math.RoundingMode.HALF_UP));
      return Optional.of(new Crossing(g.setScale(1, java.math.RoundingMode.HALF_UP), sLo > 0));
    }
    return Optional.empty();
  }

  private static Optional<BigDecimal> diff(
      dev.offeranalyzer.engine.Compensation a,
      dev.offeranalyzer.engine.Compensation b,
      Percent growth) {
    Optional<Money> x = CloseCalls.total(a, growth);
    Optional<Money> y = CloseCalls.total(b, growth);
    return x.isEmpty() || y.isEmpty()
        ? Optional.empty()
        : Optional.of(x.get().minus(y.get()).amount());
  }

  static String name(Offer o) {
    return o.company() + " (offer " + o.offerId() + ")";
  }

  private static String signed(BigDecimal p) {
    return (p.signum() > 0 ? "+" : "") + percent(p);
  }
}
