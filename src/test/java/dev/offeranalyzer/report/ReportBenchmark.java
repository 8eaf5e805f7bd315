package dev.offeranalyzer.report;

import dev.offeranalyzer.offer.Money;
import dev.offeranalyzer.offer.Offer;
import dev.offeranalyzer.report.model.ReportModel;
import dev.offeranalyzer.report.model.ReportModelBuilder;
import dev.offeranalyzer.report.pdf.PdfReportRenderer;
import dev.offeranalyzer.report.pdf.ReportResult;
import dev.offeranalyzer.rules.Analysis;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Not a test: writes sample reports and measures the time per report on one thread.
 *
 * <pre>
 * ./mvnw -q -o test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=dev.offeranalyzer.report.ReportBenchmark -Dexec.args="target/report-samples 2000"
 * </pre>
 */
public final class ReportBenchmark {

  private ReportBenchmark() {}

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "target/report-samples");
    int n = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
    Files.createDirectories(dir);
    PdfReportRenderer renderer = new PdfReportRenderer();
    Offer google =
        ReportFixtures.minimal()
            .offerId("g-1")
            .candidate("Jane Doe")
            .company("Google")
            .level("L5")
            .location("Seattle")
            .baseSalary(Money.of(205_000))
            .rsuValue(Money.of(480_000))
            .signOnYear1(Money.of(50_000))
            .build();
    Offer amazonNyc =
        ReportFixtures.jane()
            .offerId("a-nyc")
            .location("NYC")
            .baseSalary(Money.of(200_000))
            .build();
    List<Analysis> samples =
        List.of(
            ReportFixtures.analysis(
                ReportFixtures.jane().build(),
                ReportFixtures.SEATTLE_L6,
                List.of(google, amazonNyc)),
            ReportFixtures.analysis(
                ReportFixtures.minimal()
                    .rsuValue(null)
                    .rsuShares(new BigDecimal("1200"))
                    .stockPrice(Money.of("185.40"))
                    .build(),
                null,
                List.of()));
    for (int i = 0; i < samples.size(); i++) {
      ReportModel model =
          ReportModelBuilder.build(
              samples.get(i), ReportFixtures.settings(), ReportFixtures.REPORT_DATE);
      try (OutputStream out = Files.newOutputStream(dir.resolve("sample-" + (i + 1) + ".pdf"))) {
        ReportResult r = renderer.render(model, out);
        System.out.println("sample-" + (i + 1) + ".pdf: " + r.pages() + " pages " + r.messages());
      }
    }
    measure(renderer, "Latin", samples.get(0), n);
    measure(
        renderer,
        "CJK name (fallback font)",
        ReportFixtures.analysis(
            ReportFixtures.jane().candidate("王芳").company("腾讯").build(),
            ReportFixtures.SEATTLE_L6,
            List.of(google, amazonNyc)),
        n);
  }

  private static void measure(PdfReportRenderer renderer, String label, Analysis a, int n)
      throws IOException {
    long[] nanos = new long[n];
    long[] cpu = new long[n];
    java.lang.management.ThreadMXBean threads =
        java.lang.management.ManagementFactory.getThreadMXBean();
    ByteArrayOutputStream buf = new ByteArrayOutputStream(64 * 1024);
    for (int i = 0; i < n + 200; i++) {
      long c0 = threads.getCurrentThreadCpuTime();
      long t0 = System.nanoTime();
      ReportModel model =
          ReportModelBuilder.build(a, ReportFixtures.settings(), ReportFixtures.REPORT_DATE);
      buf.reset();
      renderer.render(model, buf);
      long t = System.nanoTime() - t0;
      long c = threads.getCurrentThreadCpuTime() - c0;
      if (i >= 200) {
        nanos[i - 200] = t;
        cpu[i - 200] = c;
      }
    }
    Arrays.sort(nanos);
    Arrays.sort(cpu);
    System.out.printf(
        "%s: %d reports after 200 warm-up: wall median %.2f ms (p90 %.2f), thread CPU median"
            + " %.2f ms (p90 %.2f), %d bytes each%n",
        label,
        n,
        nanos[n / 2] / 1e6,
        nanos[n * 9 / 10] / 1e6,
        cpu[n / 2] / 1e6,
        cpu[n * 9 / 10] / 1e6,
        buf.size());
  }
}
