package dev.offeranalyzer.engine;

import static dev.offeranalyzer.offer.TestOffers.anOffer;
import static dev.offeranalyzer.offer.TestOffers.dec;
import static dev.offeranalyzer.offer.TestOffers.money;
import static dev.offeranalyzer.offer.TestOffers.pct;
import static org.assertj.core.api.Assertions.assertThat;

import dev.offeranalyzer.offer.Money;
import dev.offeranalyzer.offer.Offer;
import dev.offeranalyzer.offer.VestingSchedule;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CompensationEngineTest {

  private final CompensationEngine engine = new CompensationEngine();

  @Test
  void amazonSchedule_noGrowth_givesTheFiveFifteenFortyFortySplit() {
    // Given base 200k, sign-on 60k/40k, G = 400k, amazon vesting, g = 0
    Offer offer = anOffer().build();

    // When
    Compensation c = engine.compute(offer);

    // Then: RSU per year 5% = 20k, 15% = 60k, 40% = 160k, 40% = 160k
    // year 1 = 200k + 60k + 20k = 280k; year 2 = 200k + 40k + 60k = 300k; years 3, 4 = 360k
    assertThat(totals(c)).containsExactly(m("280000"), m("300000"), m("360000"), m("360000"));
    assertThat(c.fourYearTotal()).isEqualTo(m("1300000"));
    assertThat(c.fourYearAverage()).isEqualTo(m("325000"));
    // 325000 / 2080 = 156.25
    assertThat(c.hourlyRate()).isEqualTo(m("156.25"));
  }

  /**
   * Hand computation, G = 400,000 (RSU per year only; base, sign-on and bonus zero):
   *
   * <pre>
   * amazon, g = +10%: y1 = 20000*1.1 = 22000; y2 = 60000*1.21 = 72600;
   *   y3 = 80000*1.1^2.5 + 80000*1.1^3 = 101524.6965... + 106480 = 208004.70;
   *   y4 = 80000*1.1^3.5 + 80000*1.1^4 = 111677.1662... + 117128 = 228805.17
   * amazon, g = -10%: y1 = 20000*0.9 = 18000; y2 = 60000*0.81 = 48600;
   *   y3 = 80000*0.9^2.5 + 80000*0.729 = 61474.6777... + 58320 = 119794.68;
   *   y4 = 80000*0.9^3.5 + 80000*0.6561 = 55327.2099... + 52488 = 107815.21
   * even, g = 0: 25% a year = 100000 each
   * even, g = +10%: y1 = 100000*1.1 = 110000; y2 = 25000*(1.1^1.25 + 1.1^1.5 + 1.1^1.75 + 1.1^2)
   *   = 116793.11; y3 = 128472.42; y4 = 141319.66
   * even, g = -10%: y1 = 90000; y2 = 84300.93; y3 = 75870.84; y4 = 68283.76
   * 10/20/30/40, g = +10%: 40000*1.1, 80000*1.21, 120000*1.331, 160000*1.4641
   *   = 44000, 96800, 159720, 234256
   * 10/20/30/40, g = -10%: 36000, 64800, 87480, 104976
   * </pre>
   */
  @ParameterizedTest(name = "{0} at {1}% -> {2} / {3} / {4} / {5}")
  @CsvSource({
    "amazon, 0, 20000.00, 60000.00, 160000.00, 160000.00",
    "amazon, 10, 22000.00, 72600.00, 208004.70, 228805.17",
    "amazon, -10, 18000.00, 48600.00, 119794.68, 107815.21",
    "even, 0, 100000.00, 100000.00, 100000.00, 100000.00",
    "even, 10, 110000.00, 116793.11, 128472.42, 141319.66",
    "even, -10, 90000.00, 84300.93, 75870.84, 68283.76",
    "10/20/30/40, 0, 40000.00, 80000.00, 120000.00, 160000.00",
    "10/20/30/40, 10, 44000.00, 96800.00, 159720.00, 234256.00",
    "10/20/30/40, -10, 36000.00, 64800.00, 87480.00, 104976.00",
  })
  void rsuPerYear_matchesHandComputation(
      String schedule, String growth, String y1, String y2, String y3, String y4) {
    Offer offer =
        anOffer()
            .baseSalary(Money.ZERO)
            .signOnYear1(Money.ZERO)
            .signOnYear2(Money.ZERO)
            .vesting(VestingSchedule.parse(schedule))
            .stockGrowth(pct(growth))
            .build();

    Compensation c = engine.compute(offer);

    assertThat(c.years()).extracting(YearComp::rsu).containsExactly(m(y1), m(y2), m(y3), m(y4));
    assertThat(totals(c)).containsExactly(m(y1), m(y2), m(y3), m(y4));
  }

  @Test
  void yearTotal_addsBaseSignOnRsuAndBonus() {
    // Given base 150k, 10% bonus, sign-on 30k/20k, 10/20/30/40 of 400k at -10%
    Offer offer =
        anOffer()
            .baseSalary(m("150000"))
            .annualBonusPct(pct("10"))
            .signOnYear1(m("30000"))
            .signOnYear2(m("20000"))
            .vesting(VestingSchedule.parse("10/20/30/40"))
            .stockGrowth(pct("-10"))
            .build();

    Compensation c = engine.compute(offer);

    // y1 = 150000 + 30000 + 36000 + 15000 = 231000; y2 = 150000 + 20000 + 64800 + 15000 = 249800
    // y3 = 150000 + 87480 + 15000 = 252480; y4 = 150000 + 104976 + 15000 = 269976
    assertThat(totals(c)).containsExactly(m("231000"), m("249800"), m("252480"), m("269976"));
    // total 1,003,256; average 250,814; hourly 250814 / 2080 = 120.583... -> 120.58
    assertThat(c.fourYearTotal()).isEqualTo(m("1003256"));
    assertThat(c.fourYearAverage()).isEqualTo(m("250814"));
    assertThat(c.hourlyRate()).isEqualTo(m("120.58"));
  }

  @Test
  void grantInShares_isValuedAtSharesTimesPrice() {
    // 2000 shares at $187.50 = 375,000
    Offer offer = anOffer().rsuValue(null).rsuShares(dec("2000")).stockPrice(m("187.50")).build();

    Compensation c = engine.compute(offer);

    // amazon, g = 0: year 1 RSU = 5% of 375000 = 18750
    assertThat(c.year(1).rsu()).isEqualTo(m("18750"));
    assertThat(c.vestCalendar().get(0).shares()).isEqualByComparingTo("100");
  }

  @Test
  void vestCalendar_addsUpToEachYearAndDatesFollowTheStartDate() {
    Offer offer =
        anOffer()
            .vesting(VestingSchedule.EVEN)
            .stockGrowth(pct("10"))
            .startDate(LocalDate.of(2026, 1, 31))
            .build();

    Compensation c = engine.compute(offer);

    assertThat(c.vestCalendar()).hasSize(13);
    for (int k = 1; k <= 4; k++) {
      int year = k;
      Money sum =
          c.vestCalendar().stream()
              .filter(l -> l.year() == year)
              .map(VestLine::value)
              .reduce(Money.ZERO, Money::plus);
      assertThat(sum).as("year " + k).isEqualTo(c.year(k).rsu());
    }
    for (VestLine line : c.vestCalendar()) {
      assertThat(line.date()).isEqualTo(LocalDate.of(2026, 1, 31).plusMonths(line.month()));
    }
    // month 15 from Jan 31 2026 is Apr 30 2027 (end of month clamps)
    assertThat(c.vestCalendar().get(1).date()).isEqualTo(LocalDate.of(2027, 4, 30));
  }

  @Test
  void vestCalendar_withoutStartDate_hasNoDates() {
    Compensation c = engine.compute(anOffer().build());

    assertThat(c.vestCalendar()).extracting(VestLine::date).containsOnlyNulls();
    assertThat(c.vestCalendar())
        .extracting(VestLine::month)
        .containsExactly(12, 24, 30, 36, 42, 48);
  }

  @Test
  void scenarios_coverMinusTenZeroFifteenAndTheOffersOwn() {
    Offer offer = anOffer().stockGrowth(pct("10")).build();

    Compensation c = engine.compute(offer);

    // base + sign-on = 800000 + 100000 = 900000 in every scenario, plus the RSU of 4 years:
    // -10%: 294209.89; 0%: 400000; +15%: 23000 + 79350 + 235127.86 + 270397.04 = 607874.90;
    // own +10%: 22000 + 72600 + 208004.70 + 228805.17 = 531409.87
    assertThat(c.scenarios())
        .extracting(
            s -> s.growth().toString() + "=" + s.fourYearTotal() + (s.offersOwn() ? "*" : ""))
        .containsExactly("-10%=1194209.89", "0%=1300000.00", "15%=1507874.90", "10%=1431409.87*");
    assertThat(c.fourYearTotal()).isEqualTo(m("1431409.87"));
  }

  @Test
  void scenarios_whenTheOffersOwnGrowthIsAFixedOne_listItOnceAsTheOffersOwn() {
    Offer offer = anOffer().stockGrowth(pct("0")).build();

    Compensation c = engine.compute(offer);

    assertThat(c.scenarios())
        .extracting(
            s -> s.growth().toString() + "=" + s.fourYearTotal() + (s.offersOwn() ? "*" : ""))
        .containsExactly("-10%=1194209.89", "0%=1300000.00*", "15%=1507874.90");
  }

  @Test
  void growthOfMinus100_makesTheGrantWorthless() {
    Offer offer = anOffer().stockGrowth(pct("-100")).build();

    assertThat(engine.compute(offer).years()).extracting(YearComp::rsu).containsOnly(Money.ZERO);
  }

  private static List<Money> totals(Compensation c) {
    return c.years().stream().map(YearComp::total).toList();
  }

  private static Money m(String s) {
    return money(s);
  }
}
