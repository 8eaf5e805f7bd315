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
}
