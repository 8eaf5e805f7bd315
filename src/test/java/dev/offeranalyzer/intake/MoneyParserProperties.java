package dev.offeranalyzer.intake;

import static dev.offeranalyzer.testing.Property.decimals;
import static dev.offeranalyzer.testing.Property.forAll;
import static dev.offeranalyzer.testing.Property.longs;
import static dev.offeranalyzer.testing.Property.strings;
import static org.assertj.core.api.Assertions.assertThat;

import dev.offeranalyzer.offer.Money;
import dev.offeranalyzer.testing.Property.Gen;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MoneyParserProperties {

  private static final int SAMPLES = 1000;

  private static Gen<BigDecimal> amounts() {
    return decimals(BigDecimal.ZERO, MoneyParser.MAX_AMOUNT, 2);
  }

  @Test
  void plainForm_roundTrips() {
    forAll(
        SAMPLES,
        amounts(),
        amount ->
            assertThat(MoneyParser.parse(amount.toPlainString()).value())
                .isEqualTo(Money.of(amount)));
  }

  @Test
  void dollarsAndCommas_roundTrip() {
    DecimalFormat f = new DecimalFormat("$#,##0.00", DecimalFormatSymbols.getInstance(Locale.US));
    f.setParseBigDecimal(true);

    forAll(
        SAMPLES,
        amounts(),
        amount ->
            assertThat(MoneyParser.parse(f.format(amount)).value()).isEqualTo(Money.of(amount)));
  }

  @Test
  void kSuffix_roundTrips() {
    forAll(
        SAMPLES,
        longs(0, 100_000),
        k -> assertThat(MoneyParser.parse(k + "k").value()).isEqualTo(Money.of(k * 1000)));
  }

  @Test
  void anyText_parsesOrGivesAnError() {
    forAll(
        SAMPLES,
        strings(255),
        text -> {
          Parsed<Money> p = MoneyParser.parse(text);

          assertThat(p.isOk() ? p.value() : p.error()).isNotNull();
          Parsed<?> percent = PercentParser.parse(text, PercentParser.Range.GROWTH);
          assertThat(percent.isOk() ? percent.value() : percent.error()).isNotNull();
          Parsed<?> date = DateParser.parse(text);
          assertThat(date.isOk() ? date.value() : date.error()).isNotNull();
        });
  }
}
