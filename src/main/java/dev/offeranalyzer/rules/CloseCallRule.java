package dev.offeranalyzer.rules;

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
      Optional<Crossing> meet = crossing(ctx.compensation(), c.other().compensation());
      out.add(
          new Finding(
              ID,
              Severity.INFO,
              new FindingFacts.CloseCall(
                  other.company(),
                  other.offerId(),
                  ctx.compensation().fourYearAverage(),
                  c.other().compensation().fourYearAverage(),
                  c.gapPercent(),
                  c.flips(),
                  c.thisAhead(),
                  meet.map(Crossing::growth).orElse(null),
                  meet.map(Crossing::selfAheadBelow).orElse(false))));
    }
    return out;
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
}
