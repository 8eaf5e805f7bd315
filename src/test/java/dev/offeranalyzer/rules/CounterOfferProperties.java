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
import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class CounterOfferProperties {

  private final CompensationEngine engine = new CompensationEngine();
  private final MarketData data = BuiltInBands.data();
  private final CounterOfferPlanner planner =
      new CounterOfferPlanner(engine, Thresholds.defaults());

  @Property(tries = 300)
  void proposal_neverLowersAnyComponentNorTheTotal(@ForAll("offers") Offer offer) {
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

  @Provide
  Arbitrary<Offer> offers() {
    return Builders.withBuilder(
            () ->
                Offer.builder().offerId("p").candidate("P").company("Amazon").rsuValue(Money.ZERO))
        .use(Arbitraries.of("L6", "L7", "L5", "l6"))
        .in((b, v) -> b.level(v))
        .use(Arbitraries.of("Seattle", "SF", "NYC", "Austin", "Denver"))
        .in((b, v) -> b.location(v))
        .use(cents(0, 60_000_000L))
        .in((b, v) -> b.baseSalary(v))
        .use(cents(0, 40_000_000L))
        .in((b, v) -> b.signOnYear1(v))
        .use(cents(0, 40_000_000L))
        .in((b, v) -> b.signOnYear2(v))
        .use(cents(0, 300_000_000L))
        .in((b, v) -> b.rsuValue(v))
        .use(cents(0, 60_000_000L).injectNull(0.5))
        .in((b, v) -> b.unvestedEquity(v))
        .use(cents(0, 10_000_000L).injectNull(0.5))
        .in((b, v) -> b.forfeitedBonus(v))
        .use(Arbitraries.of(VestingSchedule.AMAZON, VestingSchedule.EVEN))
        .in((b, v) -> b.vesting(v))
        .use(
            Arbitraries.bigDecimals()
                .between(new BigDecimal("-100"), new BigDecimal("60"))
                .ofScale(1))
        .in((b, v) -> b.stockGrowth(new Percent(v)))
        .use(Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("40")).ofScale(0))
        .in((b, v) -> b.annualBonusPct(new Percent(v)))
        .build(Offer.Builder::build);
  }

  private static Arbitrary<Money> cents(long min, long max) {
    return Arbitraries.longs().between(min, max).map(c -> Money.of(BigDecimal.valueOf(c, 2)));
  }
}
