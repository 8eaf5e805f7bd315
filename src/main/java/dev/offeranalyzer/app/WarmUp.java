package dev.offeranalyzer.app;

import dev.offeranalyzer.report.pdf.ReportFonts;
import dev.offeranalyzer.report.summary.SummaryWarmUp;

/**
 * What a cold {@code run} can do on a second core while the first reads the offers: parse the
 * report fonts the first report needs (about 0.2 to 0.4 s of a one-offer run, docs/performance.md),
 * then load the workbook code the summary needs ({@link SummaryWarmUp}).
 */
final class WarmUp {

  private WarmUp() {}

  /** Starts the warm-up on a daemon thread when the machine has a core to spare. */
  static void startIfSpareCore() {
    if (Runtime.getRuntime().availableProcessors() < 2) {
      return;
    }
    Runnable fonts = ReportFonts.parseAhead();
    Thread t =
        new Thread(
            () -> {
              fonts.run();
              SummaryWarmUp.run();
            },
            "warm-up");
    t.setDaemon(true);
    t.start();
  }
}
