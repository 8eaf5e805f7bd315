package dev.offeranalyzer.report.pdf;

import static dev.offeranalyzer.report.ReportFixtures.REPORT_DATE;
import static dev.offeranalyzer.report.ReportFixtures.jane;
import static dev.offeranalyzer.report.ReportFixtures.settings;
import static org.assertj.core.api.Assertions.assertThat;

import dev.offeranalyzer.engine.CompensationEngine;
import dev.offeranalyzer.market.BuiltInBands;
import dev.offeranalyzer.offer.Money;
import dev.offeranalyzer.report.model.NegotiationSoFar;
import dev.offeranalyzer.report.model.OfferVersion;
import dev.offeranalyzer.report.model.ReportModel;
import dev.offeranalyzer.report.model.ReportModelBuilder;
import dev.offeranalyzer.rules.Analysis;
import dev.offeranalyzer.rules.Analyzer;
import dev.offeranalyzer.rules.Thresholds;
import dev.offeranalyzer.tax.BuiltInTaxTables;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden text per section: each {@link PdfSection} of a sample report (Jane Doe's Seattle offer,
 * expecting $40,000 refreshers a year, analysed by the real analyzer beside two other offers) is
 * rendered on its own, its text extracted with PDFBox and compared with {@code
 * src/test/resources/dev/offeranalyzer/report/golden/<Section class>.txt}. A deliberate wording
 * change updates the golden file in the same commit: run this test with {@code
 * -Dgolden.update=true} and review the diff.
 */
class SectionGoldenTextTest {

  private static final Path GOLDEN = Path.of("src/test/resources/dev/offeranalyzer/report/golden");
  private static final ReportFonts FONTS = ReportFonts.load();
  private static final ReportModel SAMPLE = sample();

  /**
   * The sample's plan is within the recruiter's approval, so it has no lower tiers: the tiers
   * section is shown for the same offer at a lower base, whose plan needs a hiring manager.
   */
  private static final ReportModel TIERS_SAMPLE = tiersSample();

  static Stream<PdfSection> sections() {
    return PdfReportRenderer.sections().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sections")
  void sectionText_matchesItsGoldenFile(PdfSection section) throws IOException {
    String name = section.getClass().getSimpleName();
    String text = text(section);

    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(GOLDEN.resolve(name + ".txt"), text, StandardCharsets.UTF_8);
    }
    assertThat(text).isEqualTo(golden(name));
  }

  private static String text(PdfSection section) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ReportModel model = section instanceof TiersPdf ? TIERS_SAMPLE : SAMPLE;
    new PdfReportRenderer(FONTS, List.of(section)).render(model, out);
    try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
      return new PDFTextStripper().getText(doc).replace("\r\n", "\n");
    }
  }

  private static String golden(String name) throws IOException {
    try (InputStream in =
        SectionGoldenTextTest.class.getResourceAsStream(
            "/dev/offeranalyzer/report/golden/" + name + ".txt")) {
      assertThat(in).as("golden file for " + name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static ReportModel sample() {
    Analyzer analyzer =
        new Analyzer(
            BuiltInBands.data(),
            Thresholds.defaults(),
            new CompensationEngine(),
            BuiltInTaxTables.calculator());
    List<Analysis> analyses =
        analyzer.analyze(
            List.of(
                jane().refresherPerYear(Money.of(40_000)).build(),
                jane().offerId("nyc").location("NYC").baseSalary(Money.of(205_000)).build(),
                jane().offerId("austin").location("Austin").build()));
    // Version 1 of the same offer, seen a week earlier with a lower base: the section
    // "Negotiation so far" has two versions to tell.
    Analysis first = analyzer.analyze(List.of(jane().baseSalary(Money.of(170_000)).build())).get(0);
    List<OfferVersion> history =
        List.of(
            OfferVersion.of(first, 1, REPORT_DATE.minusDays(7)),
            OfferVersion.of(analyses.get(0), 2, REPORT_DATE));
    return ReportModelBuilder.build(analyses.get(0), settings(), REPORT_DATE)
        .withNegotiation(NegotiationSoFar.of(history).orElseThrow());
  }

  private static ReportModel tiersSample() {
    Analyzer analyzer =
        new Analyzer(BuiltInBands.data(), Thresholds.defaults(), new CompensationEngine());
    Analysis a = analyzer.analyze(List.of(jane().baseSalary(Money.of(160_000)).build())).get(0);
    assertThat(a.tiers()).as("tiers below the full plan").hasSizeGreaterThan(1);
    return ReportModelBuilder.build(a, settings(), REPORT_DATE);
  }
}
