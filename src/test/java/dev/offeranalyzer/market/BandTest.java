package dev.offeranalyzer.market;

import static dev.offeranalyzer.offer.TestOffers.money;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.offeranalyzer.offer.Money;
import dev.offeranalyzer.testing.Property;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BandTest {

  private static final Band LINEAR = Band.of(money("180000"), money("220000"));

  // Points: 0 -> 100k, 10 -> 110k, 25 -> 120k, 50 -> 150k, 75 -> 170k, 90 -> 190k, 100 -> 200k
  private static final Band POINTED =
      Band.of(
          money("100000"),
          money("200000"),
          Map.of(
              10, money("110000"),
              25, money("120000"),
              50, money("150000"),
              75, money("170000"),
              90, money("190000")));

  @ParameterizedTest(name = "{0} in 180k..220k is at {1} ({2})")
  @CsvSource({
    "180000, 0.00, IN_BAND",
    "200000, 50.00, IN_BAND",
    "210000, 75.00, IN_BAND",
    "220000, 100.00, IN_BAND",
    "190000.01, 25.00, IN_BAND", // 10000.01 / 40000 = 25.000025 -> 25.00
    "181234.56, 3.09, IN_BAND", // 1234.56 / 40000 * 100 = 3.0864 -> 3.09
    "179999.99, 0.00, BELOW_BAND",
    "100000, 0.00, BELOW_BAND",
    "220000.01, 100.00, ABOVE_BAND",
    "999999, 100.00, ABOVE_BAND",
  })
  void position_withoutPoints_isLinearAndClamped(String value, String percent, Placement place) {
    Position p = LINEAR.position(money(value));

    assertThat(p.percent()).isEqualByComparingTo(percent);
    assertThat(p.percent().scale()).isEqualTo(2);
    assertThat(p.placement()).isEqualTo(place);
  }

  @ParameterizedTest(name = "{0} in the pointed band is at {1}")
  @CsvSource({
    "100000, 0.00",
    "105000, 5.00", // halfway 0..10
    "110000, 10.00",
    "115000, 17.50", // halfway 10..25
    "135000, 37.50", // halfway 25..50
    "150000, 50.00",
    "160000, 62.50",
    "180000, 82.50", // halfway 75..90
    "195000, 95.00",
    "200000, 100.00",
    "120001, 25.00", // 25 + 25 * 1/30000 = 25.000833 -> 25.00
    "149990, 49.99", // 25 + 25 * 29990/30000 = 49.991666 -> 49.99
    "149999, 50.00", // 25 + 25 * 29999/30000 = 49.999166 -> 50.00 (rounded half-up)
  })
  void position_withPoints_isPiecewiseLinear(String value, String percent) {
    assertThat(POINTED.position(money(value)).percent()).isEqualByComparingTo(percent);
  }

  @ParameterizedTest(name = "p{0} = {1}")
  @CsvSource({
    "0, 100000",
    "10, 110000",
    "20, 116666.67",
    "50, 150000",
    "75, 170000",
    "100, 200000"
  })
  void percentile_withPoints_interpolatesBetweenThem(int p, String expected) {
    // p20: 110000 + (20-10)/(25-10) * 10000 = 116666.666... -> 116666.67
    assertThat(POINTED.percentile(p)).isEqualTo(money(expected));
  }

  @ParameterizedTest(name = "p{0} = {1}")
  @CsvSource({"0, 180000", "50, 200000", "75, 210000", "100, 220000", "33, 193200"})
  void percentile_withoutPoints_isLowPlusShareOfRange(int p, String expected) {
    assertThat(LINEAR.percentile(p)).isEqualTo(money(expected));
  }

  @Test
  void percentile_roundsHalfUpToCents() {
    // 0 + 1/100 * 0.50 = 0.005 -> 0.01
    Band band = Band.of(money("0"), money("0.50"));

    assertThat(band.percentile(1)).isEqualTo(money("0.01"));
  }

  @Test
  void singleValueBand_placesItsValueInTheMiddleAndNeverDividesByZero() {
    Band cap = Band.single(money("220000"));

    assertThat(cap.position(money("220000")))
        .isEqualTo(new Position(new BigDecimal("50.00"), Placement.IN_BAND));
    assertThat(cap.position(money("219999.99")).placement()).isEqualTo(Placement.BELOW_BAND);
    assertThat(cap.position(money("220000.01")).placement()).isEqualTo(Placement.ABOVE_BAND);
    assertThat(cap.percentile(75)).isEqualTo(money("220000"));
  }

  @Test
  void flatStretchOfPoints_placesTheValueInItsMiddle() {
    // p25 = p50 = p75 = 150k: 150k lies at the middle of 25..75.
    Band band =
        Band.of(
            money("100000"),
            money("200000"),
            Map.of(25, money("150000"), 50, money("150000"), 75, money("150000")));

    assertThat(band.position(money("150000")).percent()).isEqualByComparingTo("50");
    assertThat(band.percentile(60)).isEqualTo(money("150000"));
  }

  @Test
  void construction_rejectsLowAboveHighAndPointsOutOfOrder() {
    assertThatThrownBy(() -> Band.of(money("2"), money("1")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("above its high");
    assertThatThrownBy(
            () -> Band.of(money("1"), money("10"), Map.of(25, money("5"), 50, money("4"))))
        .hasMessageContaining("p50");
    assertThatThrownBy(() -> Band.of(money("1"), money("10"), Map.of(100, money("5"))))
        .hasMessageContaining("between 0 and 100");
  }

  @Test
  void position_isAlwaysWithin0And100() {
    Property.Gen<Long> low = Property.longs(0, 10_000_000);
    Property.Gen<Long> width = Property.longs(0, 10_000_000);
    Property.Gen<Long> value = Property.longs(0, 30_000_000);
    Property.forAll(
        1000,
        r -> new long[] {low.next(r), width.next(r), value.next(r)},
        s -> {
          Band band = Band.of(cents(s[0]), cents(s[0] + s[1]));

          BigDecimal p = band.position(cents(s[2])).percent();

          assertThat(p)
              .as("low %d, width %d, value %d cents", s[0], s[1], s[2])
              .isBetween(BigDecimal.ZERO, BigDecimal.valueOf(100));
        });
  }

  @Test
  void position_ofAPercentileTarget_isThatPercentileWithinRounding() {
    // Every percentile, not a sample of them: there are only 101.
    for (int p = 0; p <= 100; p++) {
      Money target = POINTED.percentile(p);

      assertThat(POINTED.position(target).percent())
          .as("p%d", p)
          .isCloseTo(
              BigDecimal.valueOf(p), org.assertj.core.data.Offset.offset(new BigDecimal("0.01")));
    }
  }

  private static Money cents(long cents) {
    return Money.of(BigDecimal.valueOf(cents, 2));
  }
}
