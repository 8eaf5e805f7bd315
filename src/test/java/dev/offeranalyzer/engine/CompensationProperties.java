package dev.offeranalyzer.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offeranalyzer.offer.Money;
import dev.offeranalyzer.offer.Offer;
import dev.offeranalyzer.offer.Percent;
import dev.offeranalyzer.offer.VestingSchedule;
import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class CompensationProperties {

  private final CompensationEngine engine = new CompensationEngine();

  @Property(tries = 300)
  void fourYears_alwaysAddUpToTheFourYearTotal(@ForAll("offers") Offer offer) {
    Compensation c = engine.compute(offer);

    Money sum = c.years().stream().map(YearComp::total).reduce(Money.ZERO, Money::plus);
    assertThat(sum).isEqualTo(c.fourYearTotal());
    assertThat(c.fourYearAverage()).isEqualTo(c.fourYearTotal().dividedBy(4));
    for (int k = 1; k <= 4; k++) {
      int year = k;
      Money calendar =
          c.vestCalendar().stream()
              .filter(l -> l.year() == year)
              .map(VestLine::value)
              .reduce(Money.ZERO, Money::plus);
      assertThat(calendar).isEqualTo(c.year(k).rsu());
    }
  }

  /** Random offers: amounts to the cent, any of the three schedule kinds, growth -100..+100%. */
  @Provide
  static Arbitrary<Offer> offers() {
    Arbitrary<Money> base = cents(0, 100_000_000L);
    Arbitrary<Money> signOn = cents(0, 50_000_000L);
    Arbitrary<Money> grant = cents(0, 500_000_000L);
    Arbitrary<VestingSchedule> schedule =
        Arbitraries.oneOf(
            Arbitraries.of(VestingSchedule.AMAZON, VestingSchedule.EVEN),
            Arbitraries.integers()
                .between(0, 100)
                .tuple3()
                .filter(t -> t.get1() + t.get2() + t.get3() <= 100)
                .map(
                    t ->
                        VestingSchedule.parse(
                            t.get1()
                                + "/"
                                + t.get2()
                                + "/"
                                + t.get3()
                                + "/"
                                + (100 - t.get1() - t.get2() - t.get3()))));
    Arbitrary<Percent> growth =
        Arbitraries.bigDecimals()
            .between(new BigDecimal("-100"), new BigDecimal("100"))
            .ofScale(2)
            .map(Percent::new);
    Arbitrary<Percent> bonus =
        Arbitraries.bigDecimals()
            .between(BigDecimal.ZERO, new BigDecimal("50"))
            .ofScale(1)
            .map(Percent::new);
    return Combinators.combine(base, signOn, signOn, grant, schedule, growth, bonus)
        .as(
            (b, s1, s2, g, v, gr, bo) ->
                Offer.builder()
                    .offerId("p")
                    .candidate("P")
                    .baseSalary(b)
                    .signOnYear1(s1)
                    .signOnYear2(s2)
                    .rsuValue(g)
                    .vesting(v)
                    .stockGrowth(gr)
                    .annualBonusPct(bo)
                    .build());
  }

  private static Arbitrary<Money> cents(long min, long max) {
    return Arbitraries.longs().between(min, max).map(c -> Money.of(BigDecimal.valueOf(c, 2)));
  }
}
