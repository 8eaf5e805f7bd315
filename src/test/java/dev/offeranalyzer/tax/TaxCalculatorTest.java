package dev.offeranalyzer.tax;

import static dev.offeranalyzer.offer.TestOffers.anOffer;
import static dev.offeranalyzer.offer.TestOffers.money;
import static org.assertj.core.api.Assertions.assertThat;

import dev.offeranalyzer.engine.CompensationEngine;
import dev.offeranalyzer.offer.FilingStatus;
import dev.offeranalyzer.offer.Money;
import dev.offeranalyzer.offer.Offer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TaxCalculatorTest {

  private final TaxCalculator calculator = BuiltInTaxTables.calculator();

  /**
   * The worked case. Year 1 W = 200,000 + 100,000 + 5% of 400,000 = 320,000. Federal on
   * 303,900: 1,240 + 4,560 + 12,166 + 23,058 + 17,424 + 35% x 47,675 = 75,134.25. SS 6.2% x 184,500
   * = 11,439. Medicare 1.45% x 320,000 + 0.9% x 120,000 = 5,720. WA 0.8072% x 184,500 = 1,489.28
   * plus 0.58% x 320,000 = 1,856. Withheld: federal on 200,000 alone 36,734 + 22% x 120,000 + FICA
   * and programs; due 75,134.25 - 63,134 = 12,000.25.
   */
  @Test
  void amazonL6SeattleSingle_year1MatchesTheWorkedCaseToTheCent() {
    Offer offer = anOffer().signOnYear1(money("100000")).signOnYear2(money("80000")).build();

    TaxEstimate estimate =
        calculator.estimate(offer, new CompensationEngine().compute(offer)).orElseThrow();

    assertThat(estimate.state()).isEqualTo("WA");
    assertThat(estimate.city()).isNull();
    TaxYear y1 = estimate.year(1);
    assertThat(y1.wages()).isEqualTo(money("320000"));
    assertThat(y1.federal()).isEqualTo(money("75134.25"));
    assertThat(y1.socialSecurity()).isEqualTo(money("11439.00"));
    assertThat(y1.medicare()).isEqualTo(money("5720.00"));
    assertThat(y1.state()).isEqualTo(Money.ZERO);
    assertThat(y1.payrollPrograms()).isEqualTo(money("3345.28"));
    assertThat(y1.takeHome()).isEqualTo(money("224361.47"));
    assertThat(y1.withheld()).isEqualTo(money("83638.28"));
    assertThat(y1.dueAtFiling()).isEqualTo(money("12000.25"));
    // Year 3 has no sign-on: 200,000 + 40% x 400,000.
    TaxYear y3 = estimate.year(3);
    assertThat(y3.wages()).isEqualTo(money("360000"));
    assertThat(y3.federal()).isEqualTo(money("89134.25"));
    assertThat(y3.takeHome()).isEqualTo(money("249189.47"));
    assertThat(y3.dueAtFiling()).isEqualTo(money("17200.25"));
  }

  /**
   * One case per state and filing status, computed by hand from the tables (see the comments): W, B
   * and S, then every line.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource({
    // WA married: additional Medicare only above 250,000 (0.9% x 10,000); PFML on all 260,000
    // capped at 184,500.
    "WA married, WA, married, false, 260000, 200000, 60000,"
        + " 39868.00, 11439.00, 3860.00, 0, 0, 2997.28, 201835.72, 57836.28, 328.00",
    // CA single: CA taxable 294,294 in the 9.3% bracket; SDI 1.3% x 300,000; supplemental 10.23%.
    "CA single, CA, single, false, 300000, 220000, 80000,"
        + " 68134.25, 11439.00, 5250.00, 23807.98, 0, 3900.00, 187468.77, 104444.98, 8086.25",
    // CA married: taxable 2,488,588 pays the 1% surcharge on 1,488,588; supplemental 2,200,000
    // is withheld at 22% to 1,000,000 and 37% above.
    "CA married surcharge and 37%, CA, married, false, 2500000, 300000, 2200000,"
        + " 835250.50, 11439.00, 56500.00, 282655.42, 0, 32500.00, 1281655.08, 1058682.96,"
        + " 159661.96",
    // NY single in NYC: taxable 392,000 fully recaptured at 6.85% (AGI more than 50,000 above
    // 215,400); NYC on the same 392,000; PFL capped at 411.91, DBL at 31.20. The base alone
    // (AGI 250,000) is 0.692 into the second tier: base 568.25 plus 0.692 of the rest.
    "NY single NYC, NY, single, true, 400000, 250000, 150000,"
        + " 103134.25, 11439.00, 7600.00, 26852.00, 15069.09, 443.11, 235462.55, 152979.28,"
        + " 11558.17",
    // NY married outside NYC, no supplemental wages: withheld equals owed, nothing due.
    "NY married no sign-on, NY, married, false, 300000, 300000, 0,"
        + " 49468.00, 11439.00, 4800.00, 17037.00, 0, 443.11, 216812.89, 83187.11, 0.00",
    // NY single in the first recapture tier: AGI 130,000 is 0.447 of the way through 50,000
    // above 107,650: 6,751.75 + 0.447 x (7,320 - 6,751.75) = 7,005.76; base alone owes none.
    "NY single phase-in and refund, NY, single, false, 130000, 100000, 30000,"
        + " 19934.00, 8060.00, 1885.00, 7005.76, 0, 443.11, 92672.13, 38619.86, -1291.99",
    // TX single with a low marginal rate: 22% withheld on 50,000 exceeds what it owes: refund.
    "TX single refund, TX, single, false, 90000, 40000, 50000,"
        + " 10970.00, 5580.00, 1305.00, 0, 0, 0, 72145.00, 20505.00, -2650.00",
    // TX married: SS capped at 184,500, additional Medicare on 250,000.
    "TX married, TX, married, false, 500000, 300000, 200000,"
        + " 102608.00, 11439.00, 9500.00, 0, 0, 0, 376453.00, 114407.00, 9140.00",
  })
  void handComputedCase_matchesEveryLineToTheCent(
      String name,
      String state,
      String status,
      boolean nyc,
      String wages,
      String regular,
      String supplemental,
      String federal,
      String socialSecurity,
      String medicare,
      String stateTax,
      String city,
      String programs,
      String takeHome,
      String withheld,
      String due) {
    TaxYear y =
        calculator.year(
            1,
            money(wages),
            money(regular),
            money(supplemental),
            state,
            nyc ? "NYC" : null,
            FilingStatus.parse(status).orElseThrow());

    assertThat(y.federal()).as("federal").isEqualTo(money(federal));
    assertThat(y.socialSecurity()).as("social security").isEqualTo(money(socialSecurity));
    assertThat(y.medicare()).as("medicare").isEqualTo(money(medicare));
    assertThat(y.state()).as("state").isEqualTo(money(stateTax));
    assertThat(y.city()).as("city").isEqualTo(money(city));
    assertThat(y.payrollPrograms()).as("programs").isEqualTo(money(programs));
    assertThat(y.takeHome()).as("take-home").isEqualTo(money(takeHome));
    assertThat(y.withheld()).as("withheld").isEqualTo(money(withheld));
    assertThat(y.dueAtFiling()).as("due").isEqualTo(money(due));
  }

  @Test
  void nycLocation_addsTheCityTaxOnlyWhenTheStateIsNewYork() {
    Offer nyc = anOffer().location("NYC").build();
    Offer nycTaxedInTexas = anOffer().location("NYC").state("TX").build();
    var engine = new CompensationEngine();

    assertThat(calculator.estimate(nyc, engine.compute(nyc)).orElseThrow().city()).isEqualTo("NYC");
    TaxEstimate texas =
        calculator.estimate(nycTaxedInTexas, engine.compute(nycTaxedInTexas)).orElseThrow();
    assertThat(texas.city()).isNull();
    assertThat(texas.year(1).city()).isEqualTo(Money.ZERO);
  }

  @Test
  void stateOutsideTheTables_orNoStateAtAll_givesNoEstimate() {
    Offer oregon = anOffer().state("or").build();
    Offer denver = anOffer().location("Denver").build();
    var engine = new CompensationEngine();

    assertThat(calculator.stateFor(oregon)).contains("OR");
    assertThat(calculator.estimate(oregon, engine.compute(oregon))).isEmpty();
    assertThat(calculator.stateFor(denver)).isEmpty();
    assertThat(calculator.estimate(denver, engine.compute(denver))).isEmpty();
  }
}
