package dev.offeranalyzer.report.pdf;

import static dev.offeranalyzer.report.ReportFixtures.REPORT_DATE;
import static dev.offeranalyzer.report.ReportFixtures.SEATTLE_L6;
import static dev.offeranalyzer.report.ReportFixtures.analysis;
import static dev.offeranalyzer.report.ReportFixtures.jane;
import static dev.offeranalyzer.report.ReportFixtures.janeAnalysis;
import static dev.offeranalyzer.report.ReportFixtures.minimal;
import static dev.offeranalyzer.report.ReportFixtures.settings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.offeranalyzer.config.Settings;
import dev.offeranalyzer.config.SettingsAccess;
import dev.offeranalyzer.offer.Money;
import dev.offeranalyzer.offer.Offer;
import dev.offeranalyzer.report.ReportFixtures;
import dev.offeranalyzer.report.model.ReportModel;
import dev.offeranalyzer.report.model.ReportModelBuilder;
import dev.offeranalyzer.rules.Analysis;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Renders real PDFs and reads them back with PDFBox. */
class PdfReportRendererTest {

  /** One renderer for the whole class, as a run uses it: fonts loaded once, reused. */
  static final PdfReportRenderer RENDERER = new PdfReportRenderer();

  record Rendered(byte[] bytes, ReportResult result, String text, int pages, PDRectangle size) {}

  static Rendered render(Analysis a, Settings s) throws IOException {
    ReportModel model = ReportModelBuilder.build(a, s, REPORT_DATE);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ReportResult result = RENDERER.render(model, out);
    try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
      String text = new PDFTextStripper().getText(doc);
      return new Rendered(
          out.toByteArray(), result, text, doc.getNumberOfPages(), doc.getPage(0).getMediaBox());
    }
  }

  static Rendered render(Analysis a) throws IOException {
    return render(a, settings());
  }

  @Test
  void golden_everySectionWithItsFigures() throws IOException {
    Rendered r = render(janeAnalysis());

    assertThat(r.text())
        .contains("Jane Doe", "Amazon · Senior Software Development Engineer · L6 · Seattle")
        .contains("Offer date", "Jan 12, 2026", "Start date", "Mar 2, 2026")
        .contains("4-year total", "$1,458,048", "4-year average", "$364,512", "73.5 of 100")
        .contains("Above the middle of the band: aim for the 75th percentile.")
        .contains("The four years", "Year 3 $195,000 $0 $207,637 $0 $402,637 +$69,154 (+20.7%)")
        .contains("4 years $780,000 $150,000 $528,048 $0 $1,458,048")
        .contains("Market comparison", "Base salary $180,000 $200,000 $210,000 $220,000 $195,000")
        .contains("Findings", "Counter-offer plan", "Proposed 4-year total", "$1,580,766")
        .contains("Recruiter", "Negotiation rounds", "Round 1")
        .contains("Stock scenarios", "+15% a year $1,568,269")
        .contains("Vest calendar", "Sep 2, 2028 Year 3 20% $101,821")
        .contains("Competing offers", "No other offers for Jane Doe in this batch.")
        .contains("Negotiation checklist", "Before you negotiate", "While you negotiate")
        .contains("After you negotiate", "Know your walk-away number")
        .contains("Counter-offer email", "I am asking for $210,000")
        .contains("Acceptance email", "Base salary: $210,000 a year")
        .contains("Assumptions", "2,080 working hours", "not tax, legal or financial advice")
        .contains("Prepared by Ana Coach", "Report date Jan 20, 2026");
    assertThat(r.text()).contains("Page 1 of " + r.pages()).contains("Page " + r.pages() + " of ");
    assertThat(r.pages()).isBetween(3, 7).isEqualTo(r.result().pages());
    assertThat(r.size().getWidth()).isEqualTo(612f);
    assertThat(r.result().missingGlyphs()).isEmpty();
    assertThat(r.result().messages()).isEmpty();
  }

  @Test
  void metadata_titleWithoutFigures_datesFromTheReportDate() throws IOException {
    Rendered r = render(janeAnalysis());
    try (PDDocument doc = Loader.loadPDF(r.bytes())) {
      var info = doc.getDocumentInformation();
      assertThat(info.getTitle()).isEqualTo("Offer report – Jane Doe – Amazon L6");
      assertThat(info.getAuthor()).isEqualTo("Ana Coach");
      assertThat(info.getCreationDate().toInstant()).hasToString("2026-01-20T00:00:00Z");
      assertThat(info.getModificationDate().toInstant()).hasToString("2026-01-20T00:00:00Z");
    }
  }

  @Test
  void theReportFontIsEmbedded() throws IOException {
    Rendered r = render(janeAnalysis());
    try (PDDocument doc = Loader.loadPDF(r.bytes())) {
      var resources = doc.getPage(0).getResources();
      boolean embeddedLiberation = false;
      for (var name : resources.getFontNames()) {
        PDFont font = resources.getFont(name);
        embeddedLiberation |= font.getName().contains("LiberationSans") && font.isEmbedded();
      }
      assertThat(embeddedLiberation).isTrue();
      for (var page : doc.getPages()) {
        for (var name : page.getResources().getFontNames()) {
          PDFont font = page.getResources().getFont(name);
          assertThat(font.isEmbedded()).as(font.getName() + " is embedded").isTrue();
        }
      }
    }
  }

  @Test
  void sameModelAndReportDate_giveTheSameBytes() throws IOException {
    byte[] first = render(janeAnalysis()).bytes();
    render(analysis(minimal().build(), null, List.of()));
    byte[] again = render(janeAnalysis()).bytes();
    assertThat(again).isEqualTo(first);
  }

  @Test
  void a4_whenTheSettingsSaySo() throws IOException {
    Rendered r = render(janeAnalysis(), ReportFixtures.a4Settings());
    assertThat(r.size().getWidth()).isCloseTo(PDRectangle.A4.getWidth(), within(0.5f));
    assertThat(r.size().getHeight()).isCloseTo(PDRectangle.A4.getHeight(), within(0.5f));
    assertThat(r.text()).contains("Offer analysis report");
  }

  @Test
  void veryLongName_wrapsAndStaysWhole() throws IOException {
    String name =
        "Maria-Fernanda Alexandrina Konstantinopoulou-Vanderbilt de la Cruz y Montenegro-Østergaard";
    Rendered r = render(analysis(jane().candidate(name).build(), SEATTLE_L6, List.of()));
    assertThat(r.text().replaceAll("\\s+", " ")).contains(name);
    assertThat(r.result().missingGlyphs()).isEmpty();
    assertThat(r.pages()).isBetween(3, 7);
  }

  @Test
  void missingOptionalFields_noMarketData_noSignOn() throws IOException {
    Rendered r = render(analysis(minimal().build(), null, List.of()));
    assertThat(r.text())
        .contains("Sam Lee", "not given", "No market data")
        .contains("No market data for Amazon (a comparison needs the level and the location).")
        .contains("Year 1 $180,000 $0 $15,000 $0 $195,000")
        .contains("Month 12")
        .doesNotContain("50th $");
    assertThat(r.pages()).isBetween(3, 7);
  }

  @Test
  void sharesOnlyGrant_showsShares() throws IOException {
    Offer shares =
        minimal()
            .rsuValue(null)
            .rsuShares(new BigDecimal("1200"))
            .stockPrice(Money.of("185.40"))
            .startDate(java.time.LocalDate.of(2026, 2, 2))
            .build();
    Rendered r = render(analysis(shares, null, List.of()));
    assertThat(r.text())
        .contains("Shares", "Feb 2, 2027 Year 1 5% 60 $11,124")
        .contains("Whole grant 100% 1,200 $222,480")
        .contains("1,200 shares at $185.40");
  }

  @Test
  void fiveOffers_competingSideBySide() throws IOException {
    List<Offer> others =
        List.of(
            jane().offerId("b").company("Google").level("L5").build(),
            jane().offerId("c").company("Meta").level("E5").build(),
            jane().offerId("d").location("NYC").build(),
            jane().offerId("e").company("Microsoft").level("64").build());
    Rendered r = render(analysis(jane().build(), SEATTLE_L6, others));
    assertThat(r.text())
        .contains("Google L5", "Meta E5", "Microsoft 64", "(this offer)", "vs this");
    assertThat(r.pages()).isBetween(3, 7);
  }

  @Test
  void cjkNameCompanyAndRole_drawnWithTheFallbackFont_nothingMissing() throws IOException {
    Offer cjk = jane().candidate("王芳").company("腾讯").role("高级软件工程师").location("Seattle").build();
    Rendered r = render(analysis(cjk, null, List.of()));
    assertThat(r.result().missingGlyphs()).isEmpty();
    assertThat(r.result().messages()).isEmpty();
    assertThat(r.text()).contains("王芳", "腾讯 · 高级软件工程师", "Dear [Recruiter's name]");
    assertThat(r.text()).doesNotContain("??");
    try (PDDocument doc = Loader.loadPDF(r.bytes())) {
      var resources = doc.getPage(0).getResources();
      List<String> embedded = new java.util.ArrayList<>();
      for (var name : resources.getFontNames()) {
        PDFont font = resources.getFont(name);
        if (font.isEmbedded()) {
          embedded.add(font.getName());
        }
      }
      assertThat(embedded).anyMatch(n -> n.contains("DroidSansFallback"));
      assertThat(embedded).anyMatch(n -> n.contains("LiberationSans-Bold"));
      assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("Offer report – 王芳 – 腾讯 L6");
    }
  }

  @Test
  void cjkName_embedsASubsetOfTheFallbackFont_notTheWholeFont() throws IOException {
    byte[] latin = render(janeAnalysis()).bytes();
    byte[] cjk = render(analysis(jane().candidate("王芳").build(), SEATTLE_L6, List.of())).bytes();
    // The 4 MB font adds tens of kilobytes: OpenPDF's subset keeps the glyph table of the used
    // glyphs only, but the metrics table of every glyph (about 40 kB compressed).
    assertThat(cjk.length - latin.length).isBetween(1_000, 60_000);
  }

  @Test
  void accentedNameAndCjk_inOneText_bothDrawn() throws IOException {
    Rendered r =
        render(analysis(jane().candidate("José Müller 王芳").build(), SEATTLE_L6, List.of()));
    assertThat(r.result().missingGlyphs()).isEmpty();
    assertThat(r.text()).contains("José Müller 王芳");
  }

  @Test
  void emoji_neitherFontHasIt_isReportedAndPrintedAsQuestionMark() throws IOException {
    Rendered r =
        render(analysis(jane().candidate("王芳 \uD83D\uDE00").build(), SEATTLE_L6, List.of()));
    assertThat(r.result().missingGlyphs()).containsExactly("\uD83D\uDE00 (U+1F600)");
    assertThat(r.result().messages())
        .singleElement()
        .asString()
        .contains("U+1F600")
        .contains("printed as ?");
    assertThat(r.text()).contains("王芳 ?").doesNotContain("\uD83D\uDE00");
  }

  @Test
  void cjkReport_sameModelGivesTheSameBytes() throws IOException {
    Analysis a = analysis(jane().candidate("王芳").company("腾讯").build(), null, List.of());
    byte[] first = render(a).bytes();
    render(janeAnalysis());
    assertThat(render(a).bytes()).isEqualTo(first);
  }

  @Test
  void logo_isDrawn_andAnUnreadableLogoIsAWarning(@TempDir Path dir) throws IOException {
    Path png = dir.resolve("logo.png");
    java.awt.image.BufferedImage img =
        new java.awt.image.BufferedImage(40, 20, java.awt.image.BufferedImage.TYPE_INT_RGB);
    javax.imageio.ImageIO.write(img, "png", png.toFile());
    Properties p = new Properties();
    p.setProperty("coach.name", "Ana Coach");
    p.setProperty("coach.logo", png.toString());
    Rendered withLogo = render(janeAnalysis(), SettingsAccess.fromProperties(p));
    assertThat(withLogo.result().warnings()).isEmpty();
    try (PDDocument doc = Loader.loadPDF(withLogo.bytes())) {
      assertThat(doc.getPage(0).getResources().getXObjectNames()).isNotEmpty();
    }

    p.setProperty("coach.logo", dir.resolve("missing.png").toString());
    Rendered missing = render(janeAnalysis(), SettingsAccess.fromProperties(p));
    assertThat(missing.result().warnings()).singleElement().asString().contains("missing.png");
    assertThat(Files.exists(dir.resolve("missing.png"))).isFalse();
  }

  @Test
  void rendererIsReusableForManyReportsInARow() throws IOException {
    for (int i = 0; i < 20; i++) {
      Rendered r =
          render(analysis(jane().candidate("Candidate " + i).build(), SEATTLE_L6, List.of()));
      assertThat(r.text()).contains("Candidate " + i);
    }
  }
}
