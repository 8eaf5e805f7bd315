package dev.offeranalyzer.intake;

import static dev.offeranalyzer.testing.Property.decimals;
import static dev.offeranalyzer.testing.Property.forAll;
import static dev.offeranalyzer.testing.Property.longs;
import static dev.offeranalyzer.testing.Property.strings;
import static org.assertj.core.api.Assertions.assertThat;

import dev.offeranalyzer.offer.Money;
import dev.offeranalyzer.offer.Percent;
import dev.offeranalyzer.testing.Property.Gen;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;

/**
 * Issue #6: every value parser, given any text, either parses it to a value that formats back to
 * text giving the same value, or gives a clear error; none throws.
 */
class ValueParserProperties {

  private static final int SAMPLES = 2000;
  private static final DateTimeFormatter US = DateTimeFormatter.ofPattern("M/d/yyyy");

  /** Any text, and text built from the characters values are written with. */
  private static Gen<String> texts() {
    Gen<String> any = strings(40);
    Gen<String> numberish =
        r -> {
          StringBuilder sb = new StringBuilder();
          String alphabet = "0123456789.,$%-/ kKmM\u00A0";
          int n = 1 + r.nextInt(14);
          for (int i = 0; i < n; i++) {
            sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
          }
          return sb.toString();
        };
    return r -> r.nextBoolean() ? any.next(r) : numberish.next(r);
  }

  @Test
  void money_anyText_parsesToAValueThatFormatsBackOrGivesAnError() {
    forAll(
        SAMPLES,
        texts(),
        text -> {
          Parsed<Money> p = MoneyParser.parse(text);
          if (p.isOk()) {
            assertThat(p.value().amount()).isBetween(BigDecimal.ZERO, MoneyParser.MAX_AMOUNT);
            assertThat(MoneyParser.parse(p.value().toString()).value()).isEqualTo(p.value());
          } else {
            assertThat(p.error()).isNotBlank();
          }
        });
  }

  @Test
  void percent_anyText_parsesToAValueThatFormatsBackOrGivesAnError() {
    for (PercentParser.Range range : PercentParser.Range.values()) {
      forAll(
          SAMPLES,
          texts(),
          text -> {
            Parsed<Percent> p = PercentParser.parse(text, range);
            if (p.isOk()) {
              assertThat(p.value().value())
                  .isBetween(BigDecimal.valueOf(-100), BigDecimal.valueOf(1000));
              String back = p.value().value().toPlainString() + "%";
              assertThat(PercentParser.parse(back, range).value()).isEqualTo(p.value());
            } else {
              assertThat(p.error()).isNotBlank();
            }
          });
    }
  }

  @Test
  void date_anyText_parsesToAValueThatFormatsBackOrGivesAnError() {
    forAll(
        SAMPLES,
        texts(),
        text -> {
          Parsed<LocalDate> p = DateParser.parse(text);
          if (p.isOk()) {
            assertThat(DateParser.parse(p.value().toString()).value()).isEqualTo(p.value());
          } else {
            assertThat(p.error()).isNotBlank();
          }
        });
  }

  @Test
  void shares_anyText_parseToAValueThatFormatsBackOrGiveAnError() {
    forAll(
        SAMPLES,
        texts(),
        text -> {
          Parsed<BigDecimal> p = RowMapper.shares(text);
          if (p.isOk()) {
            assertThat(RowMapper.shares(p.value().toPlainString()).value()).isEqualTo(p.value());
          } else {
            assertThat(p.error()).isNotBlank();
          }
        });
  }

  @Test
  void percent_formattedInRange_roundTrips() {
    forAll(
        SAMPLES,
        decimals(new BigDecimal("-100"), new BigDecimal("1000"), 2),
        pct -> {
          Parsed<Percent> p =
              PercentParser.parse(pct.toPlainString() + "%", PercentParser.Range.GROWTH);
          assertThat(p.value()).isEqualTo(new Percent(pct));
        });
  }

  @Test
  void date_inRange_roundTripsIsoAndUs() {
    long from = LocalDate.of(1900, 1, 1).toEpochDay();
    long to = LocalDate.of(2199, 12, 31).toEpochDay();
    forAll(
        SAMPLES,
        longs(from, to).map(LocalDate::ofEpochDay),
        d -> {
          assertThat(DateParser.parse(d.toString()).value()).isEqualTo(d);
          assertThat(DateParser.parse(d.format(US)).value()).isEqualTo(d);
        });
  }

  @Test
  void workbookNumbers_ofAnyDouble_giveAValueOrAnError() {
    Gen<Double> doubles =
        r ->
            switch (r.nextInt(4)) {
              case 0 ->
                  new double[] {
                        Double.NaN,
                        Double.POSITIVE_INFINITY,
                        Double.NEGATIVE_INFINITY,
                        Double.MAX_VALUE,
                        Double.MIN_VALUE,
                        -0.0,
                        1e308,
                        -1e308,
                        46037
                      }
                      [r.nextInt(9)];
              case 1 -> Double.longBitsToDouble(r.nextLong());
              default -> r.nextDouble() * Math.pow(10, r.nextInt(12));
            };
    forAll(
        SAMPLES,
        doubles,
        d -> {
          assertThat(MoneyParser.fromDouble(d)).isNotNull();
          Object cell = CellKinds.NUMBER.value(d, false);
          if (cell instanceof BigDecimal n) {
            assertThat(MoneyParser.fromNumber(n)).isNotNull();
            assertThat(PercentParser.fromNumber(n, false, PercentParser.Range.BONUS)).isNotNull();
            assertThat(PercentParser.fromNumber(n, true, PercentParser.Range.GROWTH)).isNotNull();
            assertThat(DateParser.fromNumber(n)).isNotNull();
            assertThat(RowMapper.shares(n)).isNotNull();
          } else {
            assertThat(cell).isInstanceOf(CellError.class);
          }
          assertThat(CellKinds.DATE.value(d, false)).isNotNull();
          assertThat(CellKinds.PERCENT.value(d, true)).isNotNull();
        });
  }
}
