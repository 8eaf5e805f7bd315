package dev.offeranalyzer.rules;

import static dev.offeranalyzer.offer.TestOffers.anOffer;
import static dev.offeranalyzer.offer.TestOffers.money;
import static org.assertj.core.api.Assertions.assertThat;

import dev.offeranalyzer.market.Band;
import dev.offeranalyzer.market.Component;
import dev.offeranalyzer.offer.Offer;
import dev.offeranalyzer.report.model.FindingWording;
import dev.offeranalyzer.report.model.NoteWording;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Truth tables for the rules that need market data. */
class MarketRulesTest {

  @ParameterizedTest(name = "market position {0} -> fires {1}")
  @CsvSource({"0.00, true", "49.99, true", "50.00, false", "50.01, false", "100.00, false"})
  void belowMedian_firesBelowPosition50(String position, boolean fires) {
    RuleContext ctx = Contexts.withMarketPosition(anOffer().build(), position);

    List<Finding> f = new BelowMedianRule().evaluate(ctx);

    assertThat(f).hasSize(fires ? 1 : 0);
    f.forEach(x -> assertThat(x.severity()).isEqualTo(Severity.OPPORTUNITY));
  }

  @Test
  void belowMedian_withBuiltInBands_namesPositionBandAndTarget() {
    // default Seattle L6 offer: average 325,000 in 280,000..395,000 -> 39.13
    List<Finding> f = new BelowMedianRule().evaluate(Contexts.builtIn(anOffer().build()));

    assertThat(f)
        .singleElement()
        .satisfies(
            x -> {
              assertThat(FindingWording.figures(x))
                  .isEqualTo(
                      "Market position 39.1 of 100: 4-year average $325,000 in a band of $280,000 to"
                          + " $395,000 (median $337,500)");
              // P75 = 280000 + 0.75 * 115000 = 366,250
              assertThat(FindingWording.advice(x)).contains("$366,250");
            });
  }

  @Test
  void marketRules_withoutMarketData_sayWhatIsMissing() {
    RuleContext ctx = Contexts.bare(anOffer().build());

    assertThat(new BelowMedianRule().missingMarketData(ctx).map(NoteWording::reason))
        .contains("no market band");
    assertThat(new RsuBelowMedianRule().missingMarketData(ctx).map(NoteWording::reason))
        .contains("no market band");
    assertThat(new BaseAtCapRule().missingMarketData(ctx).map(NoteWording::reason))
        .contains("no base cap");
    assertThat(new BaseAboveCapRule().missingMarketData(ctx).map(NoteWording::reason))
        .contains("no base cap");
    assertThat(new CliffYear3Rule().missingMarketData(ctx)).isEmpty();
  }

  /** Equity band 0..100,000 without points: position = G / 1000. */
  @ParameterizedTest(name = "G {0} -> fires {1}")
  @CsvSource({
    "49990, true", // 49.99
    "49994.99, true", // 49.99499 -> 49.99
    "49995, false", // 49.995 -> 50.00 as reported
    "50000, false",
    "50010, false", // 50.01
    "0, true",
  })
  void rsuBelowMedian_firesBelowPosition50OfTheEquityBand(String grant, boolean fires) {
    Offer offer = anOffer().rsuValue(money(grant)).build();
    RuleContext ctx =
        Contexts.withBands(
            offer, Map.of(Component.EQUITY_4YR, Band.of(money("0"), money("100000"))));

    List<Finding> f = new RsuBelowMedianRule().evaluate(ctx);

    assertThat(f).hasSize(fires ? 1 : 0);
    f.forEach(x -> assertThat(x.severity()).isEqualTo(Severity.OPPORTUNITY));
  }
}
