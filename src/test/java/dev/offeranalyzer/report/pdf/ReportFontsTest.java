package dev.offeranalyzer.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ReportFontsTest {

  @Test
  void fontsParsedAhead_goToTheNextLoadOnly_whichWaitsForThemIfNeeded() throws Exception {
    Runnable ahead = ReportFonts.parseAhead();
    CompletableFuture<ReportFonts> loading = CompletableFuture.supplyAsync(ReportFonts::load);
    Thread.sleep(50);
    // The load waits for the parse under way rather than parsing a second set.
    assertThat(loading).isNotDone();
    Thread parser = new Thread(ahead);
    parser.start();
    ReportFonts first = loading.get(30, TimeUnit.SECONDS);
    parser.join();

    ReportFonts second = ReportFonts.load();
    assertThat(second).isNotSameAs(first);
    assertThat(first.regular()).isNotSameAs(second.regular());
    assertThat(first.width(first.regular(), 'W')).isEqualTo(second.regular().getWidth('W'));
    assertThat(first.canDisplay('W')).isTrue();
  }

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
