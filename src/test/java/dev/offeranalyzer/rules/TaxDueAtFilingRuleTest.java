package dev.offeranalyzer.rules;

import static dev.offeranalyzer.offer.TestOffers.anOffer;
import static dev.offeranalyzer.offer.TestOffers.money;
import static org.assertj.core.api.Assertions.assertThat;

import dev.offeranalyzer.engine.CompensationEngine;
import dev.offeranalyzer.market.BuiltInBands;
import dev.offeranalyzer.offer.Offer;
import dev.offeranalyzer.tax.BuiltInTaxTables;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TaxDueAtFilingRuleTest {

  private final Analyzer analyzer =
      new Analyzer(
          BuiltInBands.data(),
          Thresholds.defaults(),
          new CompensationEngine(),
          BuiltInTaxTables.calculator());

  /** Base 200,000 (single), the sign-on all in year 1, and the grant given. */
  @ParameterizedTest(name = "{0} {1} {2} -> {3}")
  @CsvSource({
    // Seattle: year 1 W = 320,000, due 12,000.25 (the worked case) -> fires.
    "Seattle, 100000, 400000, true",
    // Texas: year 1 W = 264,000; federal 55,784 owed, 36,734 + 22% x 64,000 withheld: 4,970 due,
    // just under 5,000 (later years are lower still) -> silent.
    "Austin, 60000, 80000, false",
    // Oregon: no estimate, so no finding.
    "Portland, 200000, 400000, false",
  })
  void warnsOnlyWhenAYearOwesMoreThan5000AtFiling(
      String location, String signOn, String grant, boolean fires) {
    Offer offer =
        anOffer()
            .location(location)
            .signOnYear1(money(signOn))
            .signOnYear2(money("0"))
            .rsuValue(money(grant))
            .build();

    Analysis a = analyzer.analyze(offer);

    assertThat(a.findings().stream().anyMatch(f -> f.id().equals(TaxDueAtFilingRule.ID)))
        .isEqualTo(fires);
    if (fires) {
      Finding f =
          a.findings().stream()
              .filter(x -> x.id().equals(TaxDueAtFilingRule.ID))
              .findFirst()
              .orElseThrow();
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.figures()).startsWith("Estimated due at filing: year 1 $");
    }
    if (location.equals("Portland")) {
      assertThat(a.notes())
          .contains("No tax estimate: the offer gives no state and Portland has no default state.");
    }
  }
}
