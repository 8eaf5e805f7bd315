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
 * offers at the same yearly change: the first whole tenth of a percent, between the scenarios, at
 * which the order has changed) is named.
 */
public final class CloseCallRule implements Rule {

  public static final String ID = "CLOSE_CALL";

  private final CompensationEngine engine;

  public CloseCallRule() {
    this(new CompensationEngine());
  }

  public CloseCallRule(CompensationEngine engine) {
    this.engine = engine;
  }

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
              flip(ctx.offer(), other, name, c, mine, theirs)));
    }
    return out;
  }

  private String flip(
      Offer self, Offer other, String name, CloseCalls.CloseCall c, Money mine, Money theirs) {
    Optional<BigDecimal> meet = crossing(self, other);
    if (meet.isPresent()) {
      BigDecimal g = meet.get();
      boolean selfAheadBelow = diff(self, other, g.subtract(new BigDecimal("0.1"))).signum() > 0;
      String lower = selfAheadBelow ? "this offer" : name;
      String upper = selfAheadBelow ? name : "this offer";
      return "The order flips with the share price: below "
          + signed(g)
          + " a year of share-price change (for both), "
          + lower
          + " pays more; above it, "
          + upper
          + " does. Weigh how sure you are of each stock, not only the headline totals.";
    }
    Money gap = mine.minus(theirs).times(BigDecimal.valueOf(4));
    return "The order flips with "
        + money(Money.of(gap.amount().abs()))
        + " more over four years for "
        + (c.thisAhead() ? name : "this offer")
        + ": a small raise on either side decides it, so negotiate both before choosing.";
  }

  /**
   * The yearly change between -10% and +15% at which the two 4-year totals meet, to 0.1%, or empty
   * when one offer pays more throughout.
   */
  Optional<BigDecimal> crossing(Offer a, Offer b) {
    List<Percent> points = CompensationEngine.SCENARIO_GROWTHS;
    for (int i = 0; i + 1 < points.size(); i++) {
      // Search whole tenths of a percent, so every rate tried is one of a few hundred and the
      // engine's memoised growth factors serve large batches.
      int lo = points.get(i).value().movePointRight(1).intValueExact();
      int hi = points.get(i + 1).value().movePointRight(1).intValueExact();
      int sLo = diff(a, b, tenths(lo)).signum();
      int sHi = diff(a, b, tenths(hi)).signum();
      if (sLo == 0 || sLo == sHi) {
        continue;
      }
      while (hi - lo > 1) {
        int mid = Math.floorDiv(lo + hi, 2);
        if (diff(a, b, tenths(mid)).signum() == sLo) {
          lo = mid;
        } else {
          hi = mid;
        }
      }
      return Optional.of(tenths(hi));
    }
    return Optional.empty();
  }

  private static BigDecimal tenths(int n) {
    return BigDecimal.valueOf(n, 1);
  }

  private BigDecimal diff(Offer a, Offer b, BigDecimal growth) {
    Percent g = new Percent(growth);
    return engine.fourYearTotal(a, g).minus(engine.fourYearTotal(b, g)).amount();
  }

  static String name(Offer o) {
    return o.company() + " (offer " + o.offerId() + ")";
  }

  private static String signed(BigDecimal p) {
    return (p.signum() > 0 ? "+" : "") + percent(p);
  }
}
