package dev.offeranalyzer.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offeranalyzer.engine.Compensation;
import dev.offeranalyzer.engine.CompensationEngine;
import dev.offeranalyzer.market.BuiltInBands;
import dev.offeranalyzer.market.MarketData;
import dev.offeranalyzer.offer.Money;
import dev.offeranalyzer.offer.Offer;
import dev.offeranalyzer.offer.Percent;
import dev.offeranalyzer.offer.VestingSchedule;
import dev.offeranalyzer.testing.Property;
import dev.offeranalyzer.testing.Property.Gen;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class CounterOfferProperties {

  private final CompensationEngine engine = new CompensationEngine();
  private final MarketData data = BuiltInBands.data();
  private final CounterOfferPlanner planner =
      new CounterOfferPlanner(engine, Thresholds.defaults());

  @Test
  void proposal_neverLowersAnyComponentNorTheTotal() {
    Property.forAll(500, offers(), this::neverLowers);
  }

  private void neverLowers(Offer offer) {
    Compensation offered = engine.compute(offer);

    CounterOfferPlan plan =
        planner.plan(
            offer, offered, data.bandsFor(offer).orElse(null), data.baseCapFor(offer).orElse(null));

    Offer p = plan.proposedOffer();
    assertThat(p.baseSalary()).isGreaterThanOrEqualTo(offer.baseSalary());
    assertThat(p.grantValue()).isGreaterThanOrEqualTo(offer.grantValue());
    assertThat(p.signOnYear1()).isGreaterThanOrEqualTo(offer.signOnYear1());
    assertThat(p.signOnYear2()).isGreaterThanOrEqualTo(offer.signOnYear2());
    assertThat(p.signOnTotal()).isGreaterThanOrEqualTo(offer.walkAwayCost());
    assertThat(plan.proposed().fourYearTotal()).isGreaterThanOrEqualTo(offered.fourYearTotal());
    assertThat(plan.increase())
        .isEqualTo(plan.proposed().fourYearTotal().minus(offered.fourYearTotal()));
    for (int k = 1; k <= 4; k++) {
      assertThat(plan.proposed().year(k).total())
          .as("year " + k)
          .isGreaterThanOrEqualTo(offered.year(k).total());
    }
    assertThat(plan.levers()).allSatisfy(l -> assertThat(l.ask().isNegative()).isFalse());
  }

  /** Random offers at known and unknown bands; walk-away amounts given half the time. */
  static Gen<Offer> offers() {
    Gen<String> level = pick(List.of("L6", "L7", "L5", "l6"));
    Gen<String> location = pick(List.of("Seattle", "SF", "NYC", "Austin", "Denver"));
    Gen<Money> base = cents(0, 60_000_000L);
    Gen<Money> signOn = cents(0, 40_000_000L);
    Gen<Money> grant = cents(0, 300_000_000L);
    Gen<Money> unvested = orNull(cents(0, 60_000_000L));
    Gen<Money> forfeited = orNull(cents(0, 10_000_000L));
    Gen<VestingSchedule> vesting = pick(List.of(VestingSchedule.AMAZON, VestingSchedule.EVEN));
    Gen<BigDecimal> growth = Property.decimals(new BigDecimal("-100"), new BigDecimal("60"), 1);
    Gen<BigDecimal> bonus = Property.decimals(BigDecimal.ZERO, new BigDecimal("40"), 0);
    return r ->
        Offer.builder()
            .offerId("p")
            .candidate("P")
            .company("Amazon")
            .level(level.next(r))
            .location(location.next(r))
            .baseSalary(base.next(r))
            .signOnYear1(signOn.next(r))
            .signOnYear2(signOn.next(r))
            .rsuValue(grant.next(r))
            .unvestedEquity(unvested.next(r))
            .forfeitedBonus(forfeited.next(r))
            .vesting(vesting.next(r))
            .stockGrowth(new Percent(growth.next(r)))
            .annualBonusPct(new Percent(bonus.next(r)))
            .build();
  }

  private static <T> Gen<T> pick(List<T> values) {
    return r -> values.get(r.nextInt(values.size()));
  }

  private static <T> Gen<T> orNull(Gen<T> gen) {
    return r -> r.nextBoolean() ? null : gen.next(r);
  }

  private static Gen<Money> cents(long min, long max) {
    return Property.longs(min, max).map(c -> Money.of(BigDecimal.valueOf(c, 2)));
  }
}
