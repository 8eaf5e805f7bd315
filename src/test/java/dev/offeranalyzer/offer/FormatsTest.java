package dev.offeranalyzer.offer;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormatsTest {

  @ParameterizedTest(name = "money({0}) = {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "0|$0",
        "999.49|$999",
        "999.50|$1,000",
        "1234567|$1,234,567",
        "-3500|\u2212$3,500",
        "-0.40|$0",
      })
  void money_roundsToWholeDollarsWithSeparators(String amount, String expected) {
    assertThat(Formats.money(Money.of(amount))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "signedMoney({0}) = {1}")
  @CsvSource(
      delimiter = '|',
      value = {"12000|+$12,000", "-3500|\u2212$3,500", "0|$0", "0.49|$0", "1000000.5|+$1,000,001"})
  void signedMoney_showsTheSign(String amount, String expected) {
    assertThat(Formats.signedMoney(Money.of(amount))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "moneyWithCents({0}) = {1}")
  @CsvSource(
      delimiter = '|',
      value = {"1234.5|$1,234.50", "-0.5|\u2212$0.50", "96.15|$96.15"})
  void moneyWithCents_keepsCents(String amount, String expected) {
    assertThat(Formats.moneyWithCents(Money.of(amount))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "percent({0}) = {1}")
  @CsvSource(
      delimiter = '|',
      value = {"12.5|12.5%", "10|10%", "10.00|10%", "12.345|12.35%", "-2.25|\u22122.25%", "0|0%"})
  void percent_hasAtMostTwoDecimals(String value, String expected) {
    assertThat(Formats.percent(new BigDecimal(value))).isEqualTo(expected);
    assertThat(Formats.percent(Percent.of(value))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "position({0}) = {1}")
  @CsvSource(
      delimiter = '|',
      value = {"42|42.0", "49.95|50.0", "49.94|49.9", "100.00|100.0"})
  void position_hasOneDecimal(String value, String expected) {
    assertThat(Formats.position(new BigDecimal(value))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "quantity({0}) = {1}")
  @CsvSource(
      delimiter = '|',
      value = {"2000|2,000", "2000.00|2,000", "1234.5|1,234.5", "7|7"})
  void quantity_groupsThousandsAndDropsTrailingZeros(String value, String expected) {
    assertThat(Formats.quantity(new BigDecimal(value))).isEqualTo(expected);
  }

  @org.junit.jupiter.api.Test
  void groupingByHand_printsWhatTheLocaleFormatterPrints() {
    java.util.Random r = new java.util.Random(14);
    for (int i = 0; i < 5_000; i++) {
      long d =
          i < 40
              ? (long) Math.pow(10, i % 19) * (i % 2 == 0 ? 1 : -1) - i
              : r.nextLong() / (1L << r.nextInt(63));
      String expected =
          (d < 0 ? "\u2212$" : "$") + String.format(java.util.Locale.US, "%,d", Math.abs(d));
      org.assertj.core.api.Assertions.assertThat(Formats.dollars(d))
          .as("%d", d)
          .isEqualTo(expected);
      java.math.BigDecimal cents = java.math.BigDecimal.valueOf(d / 7, 2);
      String expectedCents =
          (cents.signum() < 0 ? "\u2212$" : "$")
              + String.format(java.util.Locale.US, "%,.2f", cents.abs());
      org.assertj.core.api.Assertions.assertThat(Formats.moneyWithCents(Money.of(cents)))
          .as("%s", cents)
          .isEqualTo(expectedCents);
    }
  }

  @org.junit.jupiter.api.Test
  void quantity_ofWholeNumbers_isWhatFormatterGroups() {
    java.util.Random random = new java.util.Random(7);
    for (int i = 0; i < 20_000; i++) {
      long n = random.nextLong() >> random.nextInt(64);
      assertThat(Formats.quantity(BigDecimal.valueOf(n)))
          .as("%d", n)
          .isEqualTo(String.format(java.util.Locale.US, "%,d", n));
    }
    assertThat(Formats.quantity(new BigDecimal("2080"))).isEqualTo("2,080");
  }
}
