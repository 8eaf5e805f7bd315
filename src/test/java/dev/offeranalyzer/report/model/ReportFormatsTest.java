package dev.offeranalyzer.report.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReportFormatsTest {

  @ParameterizedTest
  @CsvSource({"0, $0", "1234567, '$1,234,567'", "-3500, '\u2212$3,500'"})
  void dollars_useSeparatorsAndTheMinusSign(long value, String expected) {
    assertThat(ReportFormats.dollars(value)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"12000, '+$12,000'", "-3500, '\u2212$3,500'", "0, $0"})
  void delta_carriesItsSign(long value, String expected) {
    assertThat(ReportFormats.delta(value)).isEqualTo(expected);
  }

  @Test
  void percentsAndDates() {
    assertThat(ReportFormats.percent(new BigDecimal("12.50"), 2)).isEqualTo("12.5%");
    assertThat(ReportFormats.signedPercent(new BigDecimal("-10"), 2)).isEqualTo("\u221210%");
    assertThat(ReportFormats.signedPercent(new BigDecimal("15"), 2)).isEqualTo("+15%");
    assertThat(ReportFormats.shares(new BigDecimal("1234.5000"))).isEqualTo("1,234.5");
    assertThat(ReportFormats.date(LocalDate.of(2026, 3, 2))).isEqualTo("Mar 2, 2026");
    assertThat(ReportFormats.typographic("Year 3 -$14,000")).isEqualTo("Year 3 \u2212$14,000");
  }
}
