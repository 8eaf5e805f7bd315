package dev.offeranalyzer.report.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.offeranalyzer.offer.Money;
import dev.offeranalyzer.testing.Property;
import java.util.List;
import org.junit.jupiter.api.Test;

class WholeDollarsTest {

  @Test
  void centsThatRoundAwayAreGivenToTheLargestRemainder() {
    // exact sum 300.90 -> printed total 301; half-up alone would print 100 + 101 + 101 = 302
    long[] parts =
        WholeDollars.apportion(
            List.of(Money.of("100.30"), Money.of("100.50"), Money.of("100.10")), 301);
    assertThat(parts).containsExactly(100, 101, 100);
  }

  @Test
  void aZeroPartIsNeverRoundedUp() {
    long[] parts = WholeDollars.apportion(List.of(Money.of("0"), Money.of("10.99")), 11);
    assertThat(parts).containsExactly(0, 11);
  }

  @Test
  void unreachableTotal_isRefused() {
    assertThatThrownBy(() -> WholeDollars.apportion(List.of(Money.of("1.00")), 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("add up to 3");
  }

  @Test
  void printedPartsAddUpToTheRoundedSumAndStayWithinADollar() {
    Property.forAll(
        1000,
        Property.lists(Property.ints(0, 50_000_000), 1, 14),
        cents -> {
          List<Money> parts =
              cents.stream().map(c -> Money.of(java.math.BigDecimal.valueOf(c, 2))).toList();
          Money exact = parts.stream().reduce(Money.ZERO, Money::plus);
          long[] printed = WholeDollars.apportion(parts, exact.roundedDollars());
          assertThat(WholeDollars.sum(printed)).isEqualTo(exact.roundedDollars());
          for (int i = 0; i < printed.length; i++) {
            double diff = Math.abs(printed[i] - parts.get(i).amount().doubleValue());
            assertThat(diff).isLessThan(1.0);
          }
        });
  }
}
