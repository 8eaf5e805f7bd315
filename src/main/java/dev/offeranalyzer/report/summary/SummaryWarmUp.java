package dev.offeranalyzer.report.summary;

import dev.offeranalyzer.offer.Money;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Loads and initialises the workbook code (POI, its XML schemas, the chart) on a second core while
 * the first one reports the offers. A short run spends more of its time there than in the summary's
 * own work: about 0.5 s of one offer's cold run (docs/performance.md). The warm-up writes a
 * one-offer workbook, with a chart, a plan, a finding and a history line, to nowhere.
 */
public final class SummaryWarmUp {

  private SummaryWarmUp() {}

  /**
   * Starts the warm-up on a daemon thread when the machine has a core to spare; a failure is
   * ignored (the summary itself reports its own). (Parsing the report fonts there too was tried and
   * measured no faster: with the class-data archive they take about 65 ms.)
   */
  public static void startIfSpareCore() {
    if (Runtime.getRuntime().availableProcessors() < 2) {
      return;
    }
    Thread t = new Thread(SummaryWarmUp::runQuietly, "summary-warm-up");
    t.setDaemon(true);
    t.start();
  }

  private static void runQuietly() {
    try {
      write(OutputStream.nullOutputStream());
    } catch (IOException | RuntimeException e) {
      // Only time is at stake: the real summary loads the same classes when it needs them.
    }
  }

  /** Writes the warm-up workbook to {@code out}. */
  static void write(OutputStream out) throws IOException {
    Money m = Money.of(new BigDecimal("100000"));
    PlanRow plan = new PlanRow("Full plan", m, m, m, m, BigDecimal.ONE);
    SummaryRow row =
        new SummaryRow(
            "WARM-UP",
            "Warm Up",
            "Company",
            "L6",
            "Seattle",
            List.of(m, m, m, m),
            m,
            m,
            BigDecimal.TEN,
            1,
            m,
            BigDecimal.ONE,
            "Approval",
            "WARM-UP.pdf",
            List.of(),
            m,
            "",
            List.of(plan));
    FindingRow finding =
        new FindingRow("WARM-UP", "Warm Up", "HIGH", "RULE", "Title", "Figures", "Advice");
    HistoryRow history =
        new HistoryRow("WARM-UP", "Warm Up", 1, LocalDate.of(2026, 1, 1), m, m, m, m, m, m);
    SummaryData data =
        new SummaryData(
            List.of(row),
            List.of(finding),
            List.of(),
            List.of(Map.entry("Warm-up", "yes")),
            List.of(history),
            List.of(new EmailRow("WARM-UP", "a@b.c", "DRAFT", 0, null, null, "")));
    new SummaryWorkbook().write(data, out);
  }
}
