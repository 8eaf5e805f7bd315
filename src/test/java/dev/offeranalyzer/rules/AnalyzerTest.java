package dev.offeranalyzer.rules;

import static dev.offeranalyzer.offer.TestOffers.anOffer;
import static dev.offeranalyzer.offer.TestOffers.anUnbandedOffer;
import static dev.offeranalyzer.offer.TestOffers.dec;
import static dev.offeranalyzer.offer.TestOffers.money;
import static org.assertj.core.api.Assertions.assertThat;

import dev.offeranalyzer.engine.CompensationEngine;
import dev.offeranalyzer.market.BuiltInBands;
import dev.offeranalyzer.market.MarketData;
import dev.offeranalyzer.offer.Offer;
import dev.offeranalyzer.report.model.NoteWording;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnalyzerTest {

  private final Analyzer analyzer =
      new Analyzer(BuiltInBands.data(), Thresholds.defaults(), new CompensationEngine());

  @Test
  void batch_groupsOffersByCandidateNameIgnoringCaseAndSpaces() {
    Offer a = anOffer().offerId("a").candidate("Ada Lovelace").build();
    Offer b =
        anOffer().offerId("b").candidate("  ada   LOVELACE ").signOnYear1(money("90000")).build();
    Offer c = anOffer().offerId("c").candidate("Grace Hopper").build();

    List<Analysis> out = analyzer.analyze(List.of(a, b, c));

    assertThat(out).extracting(x -> x.offer().offerId()).containsExactly("a", "b", "c");
    assertThat(out.get(0).competing()).extracting(x -> x.offer().offerId()).containsExactly("b");
    assertThat(out.get(1).competing()).extracting(x -> x.offer().offerId()).containsExactly("a");
    assertThat(out.get(2).competing()).isEmpty();
    // b pays 30k more in year 1, so a sees a higher competing offer and b does not
    assertThat(out.get(0).findings()).extracting(Finding::id).contains("COMPETING_OFFER_HIGHER");
    assertThat(out.get(1).findings())
        .extracting(Finding::id)
        .doesNotContain("COMPETING_OFFER_HIGHER");
  }

  @Test
  void bandedOffer_hasMarketComparisonAndNoSkipNotes() {
    Analysis x = analyzer.analyze(anOffer().build());

    assertThat(x.marketOpt()).isPresent();
    assertThat(x.market().marketPosition().percent()).isEqualByComparingTo("39.13");
    assertThat(x.findings()).extracting(Finding::id).contains("BELOW_MEDIAN");
    assertThat(NoteWording.all(x)).isEmpty();
    assertThat(x.plan().fromBand()).isTrue();
  }

  @Test
  void unbandedOffer_getsNoMarketDataAndNotesTheSkippedRules() {
    Analysis x = analyzer.analyze(anUnbandedOffer().build());

    assertThat(x.market()).isNull();
    assertThat(NoteWording.all(x))
        .containsExactly(
            "No market data for Initech L5 Denver in built-in 2024-2025 bands.",
            "Skipped for no market band: BELOW_MEDIAN, RSU_BELOW_MEDIAN.",
            "Skipped for no base cap: BASE_AT_CAP, BASE_ABOVE_CAP.",
            "Counter-offer targets without a band use fixed raises: base +5%, grant +20%,"
                + " sign-on +50% (or what you forfeit, if larger).");
  }

  @Test
  void offerWithoutLevel_saysSo() {
    Analysis x = analyzer.analyze(anOffer().level(null).build());

    assertThat(NoteWording.all(x)).first().isEqualTo("No market data: the offer gives no level.");
  }

  @Test
  void entryLackingAComponent_isNoMarketDataButKeepsTheCap() {
    MarketData partial =
        MarketData.parse(
            List.of(
                "company,level,location,component,low,high",
                "Amazon,L6,Seattle,base,180000,220000",
                "Amazon,L6,Seattle,base_cap,220000,220000"),
            "partial.csv");
    Analyzer a = new Analyzer(partial, Thresholds.defaults(), new CompensationEngine());

    Analysis x = a.analyze(anOffer().baseSalary(money("220000")).build());

    assertThat(x.market()).isNull();
    assertThat(NoteWording.all(x))
        .startsWith(
            "The market data for Amazon L6 Seattle lacks equity_4yr, signing: no composite band,"
                + " so no market position.",
            "Skipped for no market band: BELOW_MEDIAN, RSU_BELOW_MEDIAN.");
    assertThat(x.findings()).extracting(Finding::id).contains("BASE_AT_CAP");
  }

  @Test
  void grantInShares_isNoted() {
    Analysis x =
        analyzer.analyze(
            anOffer().rsuValue(null).rsuShares(dec("2000")).stockPrice(money("187.50")).build());

    assertThat(NoteWording.all(x))
        .contains("The grant is valued at 2,000 shares x $187.50 = $375,000 at grant.");
    assertThat(x.findings()).extracting(Finding::id).contains("RSU_IN_SHARES");
  }

  @Test
  void findings_areSortedRedFlagsFirst() {
    Analysis x =
        analyzer.analyze(anOffer().signOnYear1(money("400000")).walkAway(money("900000")).build());

    assertThat(x.findings())
        .extracting(Finding::severity)
        .isSortedAccordingTo(java.util.Comparator.naturalOrder());
    assertThat(x.redFlagCount()).isEqualTo(2);
  }

  @Test
  void analyzeEach_goesCandidateByCandidateWithInputIndexes() {
    Offer a = anOffer().offerId("a").candidate("Ada").build();
    Offer c = anOffer().offerId("c").candidate("Grace").build();
    Offer b = anOffer().offerId("b").candidate("ADA").build();
    List<String> seen = new java.util.ArrayList<>();

    analyzer.analyzeEach(
        List.of(a, c, b), (x, index) -> seen.add(index + ":" + x.offer().offerId()));

    assertThat(seen).containsExactly("0:a", "2:b", "1:c");
  }
}
