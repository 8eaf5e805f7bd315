package dev.offeranalyzer.report.pdf;

import static dev.offeranalyzer.report.ReportFixtures.REPORT_DATE;
import static dev.offeranalyzer.report.ReportFixtures.jane;
import static dev.offeranalyzer.report.ReportFixtures.minimal;
import static dev.offeranalyzer.report.ReportFixtures.settings;
import static org.assertj.core.api.Assertions.assertThat;

import dev.offeranalyzer.batch.OrderedPipeline;
import dev.offeranalyzer.engine.CompensationEngine;
import dev.offeranalyzer.market.BuiltInBands;
import dev.offeranalyzer.offer.Money;
import dev.offeranalyzer.offer.Offer;
import dev.offeranalyzer.report.model.ReportModel;
import dev.offeranalyzer.report.model.ReportModelBuilder;
import dev.offeranalyzer.rules.Analyzer;
import dev.offeranalyzer.rules.Thresholds;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The parallel batch needs the same PDF bytes whatever the thread count and whichever reports a
 * renderer drew before (the issue-14 contract); this is the one place PDF bytes are compared.
 */
class ParallelRenderingTest {

  @Test
  void fourThreadsWithARendererEach_giveTheBytesOfOneRenderer() throws Exception {
    List<ReportModel> models = models();
    List<byte[]> serial = new ArrayList<>();
    PdfReportRenderer one = new PdfReportRenderer();
    for (ReportModel m : models) {
      serial.add(render(one, m));
    }

    List<byte[]> parallel = new ArrayList<>();
    try (OrderedPipeline<ReportModel, byte[]> pipeline =
        new OrderedPipeline<>(
            4,
            8,
            () -> {
              PdfReportRenderer own = new PdfReportRenderer();
              return m -> render(own, m);
            },
            o -> parallel.add(o.result()))) {
      // Reversed and repeated, so each renderer draws other reports before these.
      for (int round = 0; round < 3; round++) {
        for (ReportModel m : models) {
          pipeline.submit(m);
        }
      }
    }

    assertThat(parallel).hasSize(3 * models.size());
    for (int i = 0; i < parallel.size(); i++) {
      assertThat(parallel.get(i))
          .as("report %d", i % models.size())
          .isEqualTo(serial.get(i % models.size()));
    }
  }

  @Test
  void aReportNeedingTheFallbackFont_rendersTheSameOnAFreshRendererAndAUsedOne() throws Exception {
    List<ReportModel> models = models();
    ReportModel cjk = models.get(models.size() - 1);
    byte[] fresh = render(new PdfReportRenderer(), cjk);
    PdfReportRenderer used = new PdfReportRenderer();
    render(used, models.get(0));
    render(used, cjk);
    render(used, models.get(1));

    assertThat(render(used, cjk)).isEqualTo(fresh);
  }

  private static byte[] render(PdfReportRenderer r, ReportModel m) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    r.render(m, out);
    return out.toByteArray();
  }

  private static List<ReportModel> models() {
    Analyzer analyzer =
        new Analyzer(BuiltInBands.data(), Thresholds.defaults(), new CompensationEngine());
    List<Offer> offers =
        List.of(
            jane().build(),
            jane().offerId("nyc").location("NYC").baseSalary(Money.of(205_000)).build(),
            minimal()
                .offerId("austin")
                .candidate("jane doe")
                .level("L6")
                .location("Austin")
                .build(),
            minimal().offerId("solo").candidate("Solo Person").company("Acme").build(),
            minimal().offerId("cjk").candidate("王小明 Ünïcødé").company("Acme").build());
    return analyzer.analyze(offers).stream()
        .map(a -> ReportModelBuilder.build(a, settings(), REPORT_DATE))
        .toList();
  }
}
