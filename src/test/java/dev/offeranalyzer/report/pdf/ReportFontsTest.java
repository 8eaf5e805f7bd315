package dev.offeranalyzer.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReportFontsTest {

  @Test
  void widths_areTheFontsOwn_forEveryCharacterAsked() {
    ReportFonts fonts = ReportFonts.load();
    for (char c = 0; c < 0x600; c++) {
      assertThat(fonts.width(fonts.regular(), c)).isEqualTo(fonts.regular().getWidth(c));
      assertThat(fonts.width(fonts.bold(), c)).isEqualTo(fonts.bold().getWidth(c));
      // Asked again, from the table.
      assertThat(fonts.width(fonts.bold(), c)).isEqualTo(fonts.bold().getWidth(c));
    }
  }

  @Test
  void charactersAlwaysEmbedded_areRangesLiberationSansDraws() {
    ReportFonts fonts = ReportFonts.load();
    int[] ranges = ReportFonts.ALWAYS_EMBEDDED;
    assertThat(ranges.length % 2).isZero();
    for (int k = 0; k < ranges.length; k += 2) {
      assertThat(ranges[k]).isLessThanOrEqualTo(ranges[k + 1]);
      for (int c = ranges[k]; c <= ranges[k + 1]; c++) {
        assertThat(fonts.mainHas(c)).as("U+%04X", c).isTrue();
      }
    }
  }
}
