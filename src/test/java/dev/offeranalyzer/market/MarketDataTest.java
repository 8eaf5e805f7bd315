package dev.offeranalyzer.market;

import static dev.offeranalyzer.offer.TestOffers.anOffer;
import static dev.offeranalyzer.offer.TestOffers.money;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.offeranalyzer.engine.CompensationEngine;
import dev.offeranalyzer.offer.Offer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MarketDataTest {

  private static final String HEADER = "company,level,location,component,low,high";
  private final CompensationEngine engine = new CompensationEngine();

  @Test
  void builtInBands_holdThePlaybookTableAndCaps() {
    MarketData data = BuiltInBands.data();

    assertThat(data.size()).isEqualTo(6);
    MarketBands seattle = data.bands("Amazon", "L6", "Seattle").orElseThrow();
    assertThat(seattle.get(Component.BASE)).contains(Band.of(money("180000"), money("220000")));
    assertThat(seattle.get(Component.EQUITY_4YR))
        .contains(Band.of(money("300000"), money("500000")));
    assertThat(seattle.get(Component.SIGNING)).contains(Band.of(money("100000"), money("200000")));
    assertThat(seattle.get(Component.TOTAL_YEAR_1))
        .contains(Band.of(money("230000"), money("320000")));
    assertThat(data.bands("amazon", "l7", "SF").orElseThrow().get(Component.EQUITY_4YR))
        .contains(Band.of(money("900000"), money("1800000")));
    for (String loc : List.of("Seattle", "Bay Area", "NYC", "Austin")) {
      assertThat(data.baseCap("Amazon", "L6", loc)).as(loc).contains(money("220000"));
    }
    assertThat(data.baseCap("Amazon", "L7", "Seattle")).contains(money("350000"));
    assertThat(data.baseCap("Amazon", "L7", "Bay Area")).contains(money("350000"));
    assertThat(data.bands("Amazon", "L7", "Austin")).isEmpty();
  }

  @Test
  void baseCap_fallsBackToTheLevelsOneCapWhenTheLocationIsUnknown() {
    MarketData data = BuiltInBands.data();

    assertThat(data.baseCap("Amazon", "L7", "Austin")).contains(money("350000"));
    assertThat(data.baseCap("Amazon", "L6", null)).contains(money("220000"));
    assertThat(data.baseCap("Amazon", "L5", "Seattle")).isEmpty();
    assertThat(data.baseCap("Google", "L6", "Seattle")).isEmpty();
  }

  @Test
  void baseCap_isUnknownWhenLocationsDisagree() {
    MarketData data =
        MarketData.parse(
            List.of(
                HEADER,
                "Acme,L6,Seattle,base_cap,200000,200000",
                "Acme,L6,NYC,base_cap,210000,210000"),
            "test");

    assertThat(data.baseCap("Acme", "L6", "Austin")).isEmpty();
    assertThat(data.baseCap("Acme", "L6", "NYC")).contains(money("210000"));
  }

  @Test
  void parse_readsHeaderInAnyCaseAndOrderWithPoints() {
    MarketData data =
        MarketData.parse(
            "\uFEFFLOW,High,Company,LEVEL,location,component,P50,p75\r\n"
                + "\r\n"
                + "# comment\r\n"
                + "100,$200,Acme,l6,new york,base,150,175.50\r\n",
            "custom.csv");

    Band base = data.bands("ACME", "L6", "NYC").orElseThrow().get(Component.BASE).orElseThrow();
    assertThat(base)
        .isEqualTo(
            Band.of(money("100"), money("200"), Map.of(50, money("150"), 75, money("175.50"))));
    assertThat(data.source()).isEqualTo("custom.csv");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "company,level,location,component,low|bands.csv line 1, header: missing column(s) high",
        "company,level,location,component,low,high,p60|bands.csv line 1, column 7: unknown column",
        "company,level,location,component,low,high,low|bands.csv line 1, column 7: duplicate column",
      })
  void parse_rejectsBadHeaders(String header, String message) {
    assertThatThrownBy(() -> MarketData.parse(List.of(header), "bands.csv"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(message);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Acme,L6,Seattle,base,abc,200|line 3, low: \"abc\" is not an amount",
        "Acme,L6,Seattle,base,-5,200|line 3, low: \"-5\" is not an amount",
        "Acme,L6,Seattle,base,300,200|line 3, high: \"200\" is below low 300.00",
        "Acme,L6,Seattle,bonus,100,200|line 3, component: \"bonus\" is not a component",
        "Acme,L6,Seattle,base,100|line 3, row: has 5 cells, the header has 6",
        ",L6,Seattle,base,100,200|line 3, company: is empty",
        "Acme,L6,Seattle,base,100,|line 3, high: is empty",
        "Acme,L6,Seattle,base_cap,100,200|line 3, high: a base_cap row needs low = high",
        "Acme,l6,seattle,signing,1,2|line 3, component: duplicate signing band for Acme L6 Seattle",
      })
  void parse_namesLineAndColumnOfABadRow(String badRow, String message) {
    List<String> lines = List.of(HEADER, "Acme,L6,Seattle,signing,1,2", badRow);

    assertThatThrownBy(() -> MarketData.parse(lines, "my-bands.csv"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("my-bands.csv " + message + messageTail(message));
  }

  private static String messageTail(String message) {
    if (message.contains("is not a component")) {
      return " (expected base, equity_4yr, signing, total_year_1 or base_cap)";
    }
    if (message.contains("base_cap")) {
      return " and no percentile points";
    }
    return "";
  }

  @Test
  void parse_rejectsPercentilePointsOutOfOrder() {
    List<String> lines = List.of(HEADER + ",p25,p50", "Acme,L6,Seattle,base,100,200,160,150");

    assertThatThrownBy(() -> MarketData.parse(lines, "b.csv"))
        .hasMessageStartingWith("b.csv line 2, p50: \"150\" is out of order");
  }

  @Test
  void parse_withoutHeader_fails() {
    assertThatThrownBy(() -> MarketData.parse("\n\n", "b.csv"))
        .hasMessageStartingWith("b.csv: no header row");
  }

  @Test
  void compare_seattleL6_givesRowsAndCompositePosition() {
    // Given G = 400k, sign-on 60k + 40k, base 200k, no growth:
    // 4-year total = 4 * 200k + 100k + 400k = 1,300,000; average 325,000.
    // Composite band: low 180k + 300k/4 + 100k/4 = 280,000; high 220k + 500k/4 + 200k/4 = 395,000.
    // Position = (325000 - 280000) / 115000 * 100 = 39.1304... -> 39.13
    Offer offer = anOffer().build();

    MarketComparison mc = BuiltInBands.data().compare(offer, engine.compute(offer)).orElseThrow();

    assertThat(mc.averageBand()).isEqualTo(Band.of(money("280000"), money("395000")));
    assertThat(mc.marketPosition().percent()).isEqualByComparingTo("39.13");
    assertThat(mc.baseCap()).isEqualTo(money("220000"));
    assertThat(mc.rows())
        .extracting(ComponentComparison::label)
        .containsExactly(
            "Base salary",
            "RSU grant (4 years)",
            "Sign-on (both years)",
            "Year 1 total",
            "4-year average");
    // base 200k in 180k..220k = 50; grant 400k in 300k..500k = 50; sign-on 100k in 100k..200k = 0;
    // year 1 = 200k + 60k + 5% of 400k = 280k in 230k..320k = 50000 / 90000 = 55.555... -> 55.56
    assertThat(mc.rows())
        .extracting(r -> r.position().percent().toPlainString())
        .containsExactly("50.00", "50.00", "0.00", "55.56", "39.13");
  }

  @Test
  void compare_unknownMarketOrMissingLevel_isEmpty() {
    Offer denver = anOffer().location("Denver").build();
    Offer noLevel = anOffer().level(null).build();

    assertThat(BuiltInBands.data().compare(denver, engine.compute(denver))).isEmpty();
    assertThat(BuiltInBands.data().compare(noLevel, engine.compute(noLevel))).isEmpty();
  }

  @Test
  void compare_entryWithoutSigningBand_hasNoComposite_soNoMarketData() {
    MarketData data =
        MarketData.parse(
            List.of(HEADER, "Amazon,L6,Seattle,base,1,2", "Amazon,L6,Seattle,equity_4yr,1,2"), "t");
    Offer offer = anOffer().build();

    assertThat(data.compare(offer, engine.compute(offer))).isEmpty();
  }

  @Test
  void composite_keepsOnlyPointsAllThreeBandsHave() {
    Band base = Band.of(money("100"), money("200"), Map.of(50, money("150"), 75, money("180")));
    Band equity = Band.of(money("400"), money("800"), Map.of(50, money("600")));
    Band signing = Band.of(money("40"), money("80"), Map.of(50, money("60"), 75, money("70")));

    Band composite = MarketData.composite(base, equity, signing);

    // low 100 + 400/4 + 40/4 = 210; high 200 + 200 + 20 = 420; p50 150 + 150 + 15 = 315
    assertThat(composite).isEqualTo(Band.of(money("210"), money("420"), Map.of(50, money("315"))));
  }
}
