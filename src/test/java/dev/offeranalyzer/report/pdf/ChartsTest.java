package dev.offeranalyzer.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ChartsTest {

  /** The axis labels as they were made with Formatter and patterns, the reference. */
  private static String formatted(long dollars) {
    if (dollars >= 1_000_000) {
      return "$"
          + String.format(Locale.US, "%.2f", dollars / 1_000_000.0).replaceAll("\\.?0+$", "")
          + "M";
    }
    if (dollars >= 1_000) {
      return "$"
          + String.format(Locale.US, "%.1f", dollars / 1_000.0).replaceAll("\\.0$", "")
          + "k";
    }
    return dev.offeranalyzer.offer.Formats.dollars(dollars);
  }

  @Test
  void compactLabelsRoundHalfUpAndDropTrailingZeros() {
    assertThat(Charts.compact(0)).isEqualTo("$0");
    assertThat(Charts.compact(999)).isEqualTo("$999");
    assertThat(Charts.compact(250_000)).isEqualTo("$250k");
    assertThat(Charts.compact(12_550)).isEqualTo("$12.6k");
    assertThat(Charts.compact(999_950)).isEqualTo("$1000k");
    assertThat(Charts.compact(1_000_000)).isEqualTo("$1M");
    assertThat(Charts.compact(1_200_000)).isEqualTo("$1.2M");
    assertThat(Charts.compact(1_235_000)).isEqualTo("$1.24M");
    assertThat(Charts.compact(10_000_000)).isEqualTo("$10M");
    assertThat(Charts.compact(100_004_999)).isEqualTo("$100M");
  }

  @Test
  void compactLabelsAreThoseOfFormatter() {
    Random random = new Random(14);
    for (int i = 0; i < 200_000; i++) {
      long dollars =
          switch (i % 4) {
            case 0 -> random.nextInt(1_000_000);
            case 1 -> random.nextInt(100_000_000);
            // On and around the rounding boundaries: multiples of 5 and 50.
            case 2 -> 5L * random.nextInt(2_000_000);
            default -> 50L * random.nextInt(20_000) + random.nextInt(3) - 1;
          };
      assertThat(Charts.compact(dollars)).as("%d", dollars).isEqualTo(formatted(dollars));
    }
  }
}
