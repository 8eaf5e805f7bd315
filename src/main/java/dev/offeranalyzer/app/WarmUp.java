package dev.offeranalyzer.app;

import dev.offeranalyzer.report.summary.SummaryWarmUp;

/**
 * What a cold {@code run} does on a second core while the first reports the offers: load the
 * workbook code the summary needs ({@link SummaryWarmUp}). (Parsing the report fonts there too was
 * tried and measured no faster: with the class-data archive they take about 65 ms.)
 */
final class WarmUp {

  private WarmUp() {}

  /** Starts the warm-up on a daemon thread when the machine has a core to spare. */
  static void startIfSpareCore() {
    if (Runtime.getRuntime().availableProcessors() < 2) {
      return;
    }
    Thread t = new Thread(SummaryWarmUp::run, "warm-up");
    t.setDaemon(true);
    t.start();
  }
}
