package dev.offeranalyzer.report.pdf;

import static dev.offeranalyzer.report.ReportFixtures.REPORT_DATE;
import static dev.offeranalyzer.report.ReportFixtures.jane;
import static dev.offeranalyzer.report.ReportFixtures.minimal;
import static dev.offeranalyzer.report.ReportFixtures.settings;
import static org.assertj.core.api.Assertions.assertThat;

import dev.offeranalyzer.engine.CompensationEngine;
import dev.offeranalyzer.market.BuiltInBands;
import dev.offeranalyzer.offer.Money;
import dev.offeranalyzer.offer.Offer;
import dev.offeranalyzer.report.model.ReportModel;
import dev.offeranalyzer.report.model.ReportModelBuilder;
import dev.offeranalyzer.rules.Analysis;
import dev.offeranalyzer.rules.Analyzer;
import dev.offeranalyzer.rules.Thresholds;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** Reports for analyses made by the real analyzer with the built-in bands. */
class RealAnalyzerReportTest {

  static final Analyzer ANALYZER =
      new Analyzer(
          BuiltInBands.data(),
          Thresholds.defaults(),
          new CompensationEngine(),
          dev.offeranalyzer.tax.BuiltInTaxTables.calculator());
  static final PdfReportRenderer RENDERER = new PdfReportRenderer();

  @Test
  void batchOfOneCandidateWithThreeOffers_eachReportShowsTheOthers() throws IOException {
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
            minimal().offerId("solo").candidate("Solo Person").company("Acme").build());
    List<Analysis> analyses = ANALYZER.analyze(offers);

    for (Analysis a : analyses) {
      ReportModel model = ReportModelBuilder.build(a, settings(), REPORT_DATE);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ReportResult result = RENDERER.render(model, out);
      try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
        String text = new PDFTextStripper().getText(doc);
        assertThat(doc.getNumberOfPages()).isBetween(3, 7).isEqualTo(result.pages());
        assertThat(text)
            .contains(model.headline().fourYearTotal(), model.headline().marketPosition())
            .contains(model.plan().proposedTotal(), model.plan().approval())
            .contains("Counter-offer email", "Acceptance email", "Assumptions", "What you keep");
        assertThat(text)
            .contains(a.tax() == null ? "No tax estimate" : "Due at filing (−: refund)");
        if (a.offer().offerId().equals("solo")) {
          assertThat(text).contains("No market data", "No other offers for Solo Person");
        } else {
          assertThat(a.competing()).hasSize(2);
          assertThat(text).contains("(this offer)", "Seattle", "NYC", "Austin");
          assertThat(text.replaceAll("\\s+", " "))
              .contains(
                  "vs this Take-home", "take-home is the four years' pay after estimated taxes");
        }
        for (var f : model.findings()) {
          assertThat(text.replaceAll("\\s+", " ")).contains(f.title());
        }
      }
    }
  }
}
