package dev.offeranalyzer.report.model;

import static dev.offeranalyzer.offer.TestOffers.anOffer;
import static dev.offeranalyzer.offer.TestOffers.money;
import static org.assertj.core.api.Assertions.assertThat;

import dev.offeranalyzer.engine.CompensationEngine;
import dev.offeranalyzer.market.BuiltInBands;
import dev.offeranalyzer.offer.Money;
import dev.offeranalyzer.rules.Analysis;
import dev.offeranalyzer.rules.Analyzer;
import dev.offeranalyzer.rules.Thresholds;
import dev.offeranalyzer.tax.BuiltInTaxTables;
import dev.offeranalyzer.tax.TaxYear;
import org.junit.jupiter.api.Test;

class TakeHomeSectionTest {

  private final Analyzer analyzer =
      new Analyzer(
          BuiltInBands.data(),
          Thresholds.defaults(),
          new CompensationEngine(),
          BuiltInTaxTables.calculator());

  @Test
  void workedCase_printsWholeDollarsThatAddUpAndTheBillSentence() {
    Analysis a =
        analyzer.analyze(
            anOffer().signOnYear1(money("100000")).signOnYear2(money("80000")).build());

    TakeHomeSection s = TakeHomeSection.of(a);

    assertThat(s.available()).isTrue();
    assertThat(s.columns()).containsExactly("Year 1", "Year 2", "Year 3", "Year 4", "4 years");
    assertThat(s.lines())
        .extracting(TakeHomeSection.Line::label)
        .containsExactly(
            "Wages (the year's total pay)",
            "Federal income tax",
            "Social Security",
            "Medicare",
            "State income tax (WA)",
            "State payroll programs (Paid Family and Medical Leave, WA Cares)",
            "Take-home",
            "Withheld by payroll",
            "Due at filing (−: refund)");
    assertThat(s.lines().get(0).values())
        .containsExactly("$320,000", "$340,000", "$360,000", "$360,000", "$1,380,000");
    // Take-home rounded half-up (224,361.47), the taxes sharing the rest: 95,639.
    assertThat(s.lines().get(6).values().get(0)).isEqualTo("$224,361");
    assertThat(s.lines().get(1).values().get(0)).isEqualTo("$75,134");
    assertThat(s.lines().get(5).values().get(0)).isEqualTo("$3,346");
    assertThat(s.lines().get(8).values().get(0)).isEqualTo("$12,000");
    assertThat(s.chart().get(0).takeHomeDollars() + s.chart().get(0).taxDollars())
        .isEqualTo(320_000);
    assertThat(s.bill())
        .startsWith(
            "Payroll will hold back about $83,638 in year 1, but that year's taxes come to about"
                + " $95,638: expect to owe about $12,000 when you file.")
        .contains("W-4");
    assertThat(String.join(" ", s.assumptions()))
        .contains("22%, 37% above $1,000,000 federal; no state rate")
        .contains("Not included: other income, itemized deductions, credits");
  }

  @Test
  void refundYear_saysRefund() {
    TaxYear y =
        BuiltInTaxTables.calculator()
            .year(
                1,
                money("90000"),
                money("40000"),
                money("50000"),
                "TX",
                null,
                dev.offeranalyzer.offer.FilingStatus.SINGLE);

    assertThat(TakeHomeSection.bill(y))
        .isEqualTo(
            "Payroll will hold back about $20,505 in year 1, more than that year's taxes of about"
                + " $17,855: expect a refund of about $2,650 when you file.");
    assertThat(y.dueAtFiling()).isEqualTo(Money.of("-2650.00"));
  }

  @Test
  void stateOutsideTheTables_showsTheNoteInstead() {
    Analysis a = analyzer.analyze(anOffer().state("OR").build());

    TakeHomeSection s = TakeHomeSection.of(a);

    assertThat(s.available()).isFalse();
    assertThat(s.message())
        .isEqualTo("No tax estimate: the tax tables do not cover OR (they cover CA, NY, TX, WA).");
    assertThat(s.lines()).isEmpty();
  }
}
