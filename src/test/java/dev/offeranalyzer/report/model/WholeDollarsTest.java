package dev.offeranalyzer.report.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.offeranalyzer.offer.Money;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
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

  @Property
  void printedPartsAddUpToTheRoundedSumAndStayWithinADollar(
      @ForAll @Size(min = 1, max = 14) List<@IntRange(min = 0, max = 50_000_000) Integer> cents) {
    List<Money> parts =
        cents.stream().map(c -> Money.of(java.math.BigDecimal.valueOf(c, 2))).toList();
    Money exact = parts.stream().reduce(Money.ZERO, Money::plus);
    long[] printed = WholeDollars.apportion(parts, exact.roundedDollars());
    assertThat(WholeDollars.sum(printed)).isEqualTo(exact.roundedDollars());
    for (int i = 0; i < printed.length; i++) {
      double diff = Math.abs(printed[i] - parts.get(i).amount().doubleValue());
      assertThat(diff).isLessThan(1.0);
    }
  }
}
