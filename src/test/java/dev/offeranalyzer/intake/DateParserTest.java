package dev.offeranalyzer.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateParserTest {

  @ParameterizedTest(name = "[{index}] \"{0}\" -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "2026-01-15|2026-01-15",
        "2026-1-5|2026-01-05",
        "1/15/2026|2026-01-15",
        "01/15/2026|2026-01-15",
        "1/15/26|2026-01-15",
        "2/29/2028|2028-02-29",
        "2026-01-15 00:00|2026-01-15",
        "2026-01-15T09:30:00|2026-01-15",
        "1/15/2026 0:00|2026-01-15",
        "1/15/2026 12:00 AM|2026-01-15",
        "' 2026-01-15 '|2026-01-15",
      })
  void acceptsIsoAndUsDates(String text, LocalDate expected) {
    Parsed<LocalDate> p = DateParser.parse(text);

    assertThat(p.error()).isNull();
    assertThat(p.value()).isEqualTo(expected);
  }

  @ParameterizedTest(name = "[{index}] \"{0}\" {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "2026-02-30|is not a valid date (no such day; dates are year-month-day or month/day/year)",
        "2/29/2026|is not a valid date (no such day; dates are year-month-day or month/day/year)",
        "15/1/2026|is not a valid date (no such day; dates are year-month-day or month/day/year)",
        "2026-13-01|is not a valid date (no such day; dates are year-month-day or month/day/year)",
        "next monday|is not a date (use 2026-01-15 or 1/15/2026)",
        "15.01.2026|is not a date (use 2026-01-15 or 1/15/2026)",
        "2026/01/15|is not a date (use 2026-01-15 or 1/15/2026)",
        "46037|is not a date (use 2026-01-15 or 1/15/2026)",
        "0001-01-01|is not a plausible date (year 1)",
        "9999-12-31|is not a plausible date (year 9999)",
      })
  void rejectsWithAClearMessage(String text, String message) {
    assertThat(DateParser.parse(text).error()).isEqualTo(message);
  }

  @Test
  void wholeNumberInPlausibleRange_isAnExcelSerialDate() {
    assertThat(DateParser.fromNumber(new BigDecimal("46037")).value())
        .isEqualTo(LocalDate.of(2026, 1, 15));
    assertThat(DateParser.fromNumber(new BigDecimal("2026")).error()).startsWith("is a number");
    assertThat(DateParser.fromNumber(new BigDecimal("46037.5")).error()).startsWith("is a number");
  }
}
