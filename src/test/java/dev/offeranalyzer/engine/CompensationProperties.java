package dev.offeranalyzer.engine;

import static dev.offeranalyzer.testing.Property.decimals;
import static dev.offeranalyzer.testing.Property.forAll;
import static dev.offeranalyzer.testing.Property.ints;
import static dev.offeranalyzer.testing.Property.longs;
import static org.assertj.core.api.Assertions.assertThat;

import dev.offeranalyzer.offer.Money;
import dev.offeranalyzer.offer.Offer;
import dev.offeranalyzer.offer.Percent;
import dev.offeranalyzer.offer.VestingSchedule;
import dev.offeranalyzer.testing.Property.Gen;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class CompensationProperties {

  private final CompensationEngine engine = new CompensationEngine();

  @Test
  void fourYears_alwaysAddUpToTheFourYearTotal() {
    forAll(
        500,
        offers(),
        offer -> {
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
        });
  }

  /** Random offers: amounts to the cent, any of the three schedule kinds, growth -100..+100%. */
  static Gen<Offer> offers() {
    Gen<Money> base = cents(0, 100_000_000L);
    Gen<Money> signOn = cents(0, 50_000_000L);
    Gen<Money> grant = cents(0, 500_000_000L);
    Gen<Integer> percent = ints(0, 100);
    Gen<VestingSchedule> yearly =
        r -> {
          int a;
          int b;
          int c;
          do {
            a = percent.next(r);
            b = percent.next(r);
            c = percent.next(r);
          } while (a + b + c > 100);
          return VestingSchedule.parse(a + "/" + b + "/" + c + "/" + (100 - a - b - c));
        };
    Gen<VestingSchedule> schedule =
        r ->
            switch (r.nextInt(3)) {
              case 0 -> VestingSchedule.AMAZON;
              case 1 -> VestingSchedule.EVEN;
              default -> yearly.next(r);
            };
    Gen<Percent> growth =
        decimals(new BigDecimal("-100"), new BigDecimal("100"), 2).map(Percent::new);
    Gen<Percent> bonus = decimals(BigDecimal.ZERO, new BigDecimal("50"), 1).map(Percent::new);
    return r ->
        Offer.builder()
            .offerId("p")
            .candidate("P")
            .baseSalary(base.next(r))
            .signOnYear1(signOn.next(r))
            .signOnYear2(signOn.next(r))
            .rsuValue(grant.next(r))
            .vesting(schedule.next(r))
            .stockGrowth(growth.next(r))
            .annualBonusPct(bonus.next(r))
            .build();
  }

  private static Gen<Money> cents(long min, long max) {
    return longs(min, max).map(c -> Money.of(BigDecimal.valueOf(c, 2)));
  }
}
