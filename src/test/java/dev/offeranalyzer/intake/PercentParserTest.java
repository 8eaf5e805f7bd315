package dev.offeranalyzer.intake;

import static dev.offeranalyzer.intake.PercentParser.Range.BONUS;
import static dev.offeranalyzer.intake.PercentParser.Range.GROWTH;
import static org.assertj.core.api.Assertions.assertThat;

import dev.offeranalyzer.offer.Percent;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PercentParserTest {

  @ParameterizedTest(name = "[{index}] \"{0}\" -> {1}%")
  @CsvSource(
      delimiter = '|',
      value = {
        "15%|15",
        "15|15",
        "0.15|15",
        ".15|15",
        "' 15 % '|15",
        "15.5%|15.5",
        "0.5%|0.5",
        "1|1",
        "0|0",
        "100%|100",
        "1000%|1000",
        "0.05|5",
      })
  void bonusForms_meanPercentNumbers(String text, String expected) {
    Parsed<Percent> p = PercentParser.parse(text, BONUS);

    assertThat(p.error()).isNull();
    assertThat(p.value()).isEqualTo(Percent.of(expected));
  }

  @ParameterizedTest(name = "[{index}] \"{0}\" -> {1}%")
  @CsvSource(
      delimiter = '|',
      value = {"-5%|-5", "-0.05|-5", "-100%|-100", "-100|-100", "+7%|7", "\u221210%|-10"})
  void growth_mayBeNegativeDownToMinus100(String text, String expected) {
    assertThat(PercentParser.parse(text, GROWTH).value()).isEqualTo(Percent.of(expected));
  }

  @ParameterizedTest(name = "[{index}] \"{0}\" {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "abc|GROWTH|is not a percent",
        "15 percent|BONUS|is not a percent",
        "''|BONUS|is not a percent",
        "1,5%|BONUS|is not a percent",
        "-150%|GROWTH|is below -100%",
        "-101|GROWTH|is below -100%",
        "-5%|BONUS|is negative (must be 0% or more)",
        "1500%|BONUS|is above 1000% (check the value)",
        "1001|BONUS|is above 1000% (check the value)",
        "5000%|GROWTH|is above 1000% (check the value)",
      })
  void rejectsWithAClearMessage(String text, PercentParser.Range range, String message) {
    assertThat(PercentParser.parse(text, range).error()).isEqualTo(message);
  }

  @Test
  void percentFormattedCell_isAlwaysAFraction() {
    assertThat(PercentParser.fromNumber(new BigDecimal("0.15"), true, BONUS).value())
        .isEqualTo(Percent.of(15));
    assertThat(PercentParser.fromNumber(BigDecimal.ONE, true, BONUS).value())
        .isEqualTo(Percent.of(100));
    assertThat(PercentParser.fromNumber(new BigDecimal("-0.05"), true, GROWTH).value())
        .isEqualTo(Percent.of(-5));
  }

  @Test
  void plainNumberCell_followsTheBareNumberRule() {
    assertThat(PercentParser.fromNumber(new BigDecimal("0.15"), false, BONUS).value())
        .isEqualTo(Percent.of(15));
    assertThat(PercentParser.fromNumber(new BigDecimal("15"), false, BONUS).value())
        .isEqualTo(Percent.of(15));
  }

  @Test
  void workbookBinaryNoise_isRoundedAway() {
    BigDecimal noisy = BigDecimal.valueOf(0.1 + 0.2);

    assertThat(PercentParser.fromNumber(noisy, true, BONUS).value()).isEqualTo(Percent.of(30));
  }
}
