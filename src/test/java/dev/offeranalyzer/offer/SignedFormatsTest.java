package dev.offeranalyzer.offer;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The signed, column and share formats of {@link Formats}: the typographic minus is part of them.
 */
class SignedFormatsTest {

  @ParameterizedTest
  @CsvSource({"0, $0", "1234567, '$1,234,567'", "-3500, '\u2212$3,500'"})
  void dollars_useSeparatorsAndTheMinusSign(long value, String expected) {
    assertThat(Formats.dollars(value)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"12000, '+$12,000'", "-3500, '\u2212$3,500'", "0, $0"})
  void delta_carriesItsSign(long value, String expected) {
    assertThat(Formats.delta(value)).isEqualTo(expected);
  }

  @Test
  void fixedPercents_keepTheirDecimals() {
    assertThat(Formats.signedPercentFixed(new BigDecimal("-6"), 1)).isEqualTo("\u22126.0%");
    assertThat(Formats.signedPercentFixed(new BigDecimal("-2.84"), 1)).isEqualTo("\u22122.8%");
    assertThat(Formats.signedPercentFixed(new BigDecimal("3.25"), 1)).isEqualTo("+3.3%");
    assertThat(Formats.signedPercentFixed(new BigDecimal("0.04"), 1)).isEqualTo("0.0%");
    assertThat(Formats.percentFixed(new BigDecimal("100"), 2)).isEqualTo("100.00%");
  }

  @Test
  void decimalsFor_theFewestThatShowEveryValue() {
    assertThat(Formats.decimalsFor(List.of(bd("5"), bd("15"), bd("20.00")), 2)).isZero();
    assertThat(Formats.decimalsFor(List.of(bd("-10"), bd("7.5")), 2)).isEqualTo(1);
    assertThat(Formats.decimalsFor(List.of(bd("33.333333"), bd("25")), 2)).isEqualTo(2);
    assertThat(Formats.decimalsFor(List.of(), 2)).isZero();
  }

  private static BigDecimal bd(String s) {
    return new BigDecimal(s);
  }

  @Test
  void percentsAndDates() {
    assertThat(Formats.percent(new BigDecimal("12.50"), 2)).isEqualTo("12.5%");
    assertThat(Formats.signedPercent(new BigDecimal("-10"), 2)).isEqualTo("\u221210%");
    assertThat(Formats.signedPercent(new BigDecimal("15"), 2)).isEqualTo("+15%");
    assertThat(Formats.shares(new BigDecimal("1234.5000"))).isEqualTo("1,234.5");
    assertThat(Formats.date(LocalDate.of(2026, 3, 2))).isEqualTo("Mar 2, 2026");
  }
}
