package dev.offeranalyzer.intake;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offeranalyzer.offer.Money;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class MoneyParserProperties {

  @Provide
  Arbitrary<BigDecimal> amounts() {
    return Arbitraries.bigDecimals().between(BigDecimal.ZERO, MoneyParser.MAX_AMOUNT).ofScale(2);
  }

  @Provide
  Arbitrary<Long> thousands() {
    return Arbitraries.longs().between(0, 100_000);
  }

  @Property
  void plainForm_roundTrips(@ForAll("amounts") BigDecimal amount) {
    assertThat(MoneyParser.parse(amount.toPlainString()).value()).isEqualTo(Money.of(amount));
  }

  @Property
  void dollarsAndCommas_roundTrip(@ForAll("amounts") BigDecimal amount) {
    DecimalFormat f = new DecimalFormat("$#,##0.00", DecimalFormatSymbols.getInstance(Locale.US));
    f.setParseBigDecimal(true);

    assertThat(MoneyParser.parse(f.format(amount)).value()).isEqualTo(Money.of(amount));
  }

  @Property
  void kSuffix_roundTrips(@ForAll("thousands") long k) {
    assertThat(MoneyParser.parse(k + "k").value()).isEqualTo(Money.of(k * 1000));
  }

  @Property
  void anyText_parsesOrGivesAnError(@ForAll String text) {
    Parsed<Money> p = MoneyParser.parse(text);

    assertThat(p.isOk() ? p.value() : p.error()).isNotNull();
    Parsed<?> percent = PercentParser.parse(text, PercentParser.Range.GROWTH);
    assertThat(percent.isOk() ? percent.value() : percent.error()).isNotNull();
    Parsed<?> date = DateParser.parse(text);
    assertThat(date.isOk() ? date.value() : date.error()).isNotNull();
  }
}
