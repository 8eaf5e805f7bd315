package dev.offeranalyzer.intake;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offeranalyzer.offer.Money;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyParserTest {

  @ParameterizedTest(name = "[{index}] \"{0}\" -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "200000|200000.00",
        "200,000|200000.00",
        "$200,000.50|200000.50",
        "USD 200000|200000.00",
        "usd200000|200000.00",
        "US$ 200000|200000.00",
        "200000 USD|200000.00",
        "200000$|200000.00",
        "200k|200000.00",
        "200K|200000.00",
        "1.2M|1200000.00",
        "1.2m|1200000.00",
        "$ 1.5 k|1500.00",
        "1.23456k|1234.56",
        "'  200000  '|200000.00",
        "'\u00A0200,000\u00A0'|200000.00",
        "+5000|5000.00",
        "0|0.00",
        "-0|0.00",
        ".5|0.50",
        "100000000|100000000.00",
        "100M|100000000.00",
      })
  void acceptsEveryDocumentedForm(String text, String expected) {
    Parsed<Money> p = MoneyParser.parse(text);

    assertThat(p.error()).isNull();
    assertThat(p.value()).isEqualTo(Money.of(expected));
    assertThat(p.value().amount().scale()).isEqualTo(2);
  }

  @ParameterizedTest(name = "[{index}] \"{0}\" {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "two hundred|is not an amount",
        "''|is not an amount",
        "abc|is not an amount",
        "NaN|is not an amount",
        "Infinity|is not an amount",
        "1e6|is not an amount",
        "200,00|is not an amount",
        "2,00,000|is not an amount",
        "200.000,50|is not an amount",
        "2 00|is not an amount",
        "€200000|is not an amount",
        "200b|is not an amount",
        "$-$200|is not an amount",
        "-5000|is negative (amounts must be 0 or more)",
        "$-5000|is negative (amounts must be 0 or more)",
        "-200k|is negative (amounts must be 0 or more)",
        "(5,000)|is negative (amounts must be 0 or more)",
        "\u22125000|is negative (amounts must be 0 or more)",
        "200000.505|has more than 2 decimal places",
        "1.234567k|has more than 2 decimal places",
        "100000000.01|is more than $100,000,000 (check the amount)",
        "101M|is more than $100,000,000 (check the amount)",
        "99999999999999999999999|is more than $100,000,000 (check the amount)",
      })
  void rejectsWithAClearMessage(String text, String message) {
    Parsed<Money> p = MoneyParser.parse(text);

    assertThat(p.isOk()).isFalse();
    assertThat(p.error()).isEqualTo(message);
  }

  @Test
  void hugeText_isRejectedWithoutParsing() {
    assertThat(MoneyParser.parse("9".repeat(10_000)).error()).isEqualTo("is not an amount");
  }

  @ParameterizedTest
  @CsvSource({"200000.505, 200000.51", "200000.504, 200000.50", "0.005, 0.01", "195000, 195000.00"})
  void workbookNumbers_areRoundedHalfUpToCents(String number, String expected) {
    assertThat(MoneyParser.fromNumber(new BigDecimal(number)).value())
        .isEqualTo(Money.of(expected));
  }

  @Test
  void workbookDouble_goesThroughItsShortestDecimal() {
    assertThat(MoneyParser.fromDouble(0.1 + 0.2).value()).isEqualTo(Money.of("0.30"));
    assertThat(MoneyParser.fromDouble(200000.5).value()).isEqualTo(Money.of("200000.50"));
  }

  @ParameterizedTest
  @ValueSource(doubles = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
  void workbookNonNumbers_areRejected(double d) {
    assertThat(MoneyParser.fromDouble(d).error()).isEqualTo("is not a number");
  }

  @Test
  void workbookNegativeAndAbsurdNumbers_areRejected() {
    assertThat(MoneyParser.fromDouble(-1).error()).startsWith("is negative");
    assertThat(MoneyParser.fromDouble(1e9).error()).startsWith("is more than $100,000,000");
  }
}
