package dev.offeranalyzer.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

class SectionTableTest {

  private static final ReportFonts FONTS = ReportFonts.load();

  /** The page width between the margins: LETTER, 612 points, less two margins of 50. */
  private static final float WIDTH = 512;

  private static final float[] COLUMNS = {2.2f, 1, 1, 1.3f};

  /** A glyph as PDFBox reads it back: its text, font, size and baseline origin. */
  private record Glyph(String text, String font, float size, float x, float y) {}

  private record Rendered(float[] heights, String text, List<Glyph> glyphs) {}

  /** Lays out rows of cells with {@code table}: its row heights, the PDF's text and glyphs. */
  private static Rendered render(
      BiFunction<float[], Float, PdfPTable> table, List<List<PdfPCell>> rows) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document doc = new Document(PageSize.LETTER, 50, 50, 48, 50);
    PdfWriter writer = PdfWriter.getInstance(doc, out);
    doc.open();
    PdfToolkit kit = new PdfToolkit(FONTS, writer, WIDTH);
    PdfPTable t = table.apply(COLUMNS, WIDTH);
    for (List<PdfPCell> row : rows) {
      for (PdfPCell c : row) {
        t.addCell(c);
      }
    }
    float[] heights = new float[rows.size()];
    for (int i = 0; i < rows.size(); i++) {
      heights[i] = t.getRowHeight(i);
    }
    doc.add(t);
    doc.close();
    String text = new PdfTextExtractor(new PdfReader(out.toByteArray())).getTextFromPage(1);
    assertThat(kit.missingGlyphs()).isEmpty();
    return new Rendered(heights, text, glyphs(out.toByteArray()));
  }

  private static List<Glyph> glyphs(byte[] pdf) throws Exception {
    List<Glyph> glyphs = new java.util.ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper =
          new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition p) {
              glyphs.add(
                  new Glyph(
                      p.getUnicode(),
                      p.getFont().getName().replaceFirst("^[A-Z]{6}\\+", ""),
                      p.getFontSizeInPt(),
                      p.getTextMatrix().getTranslateX(),
                      p.getTextMatrix().getTranslateY()));
            }
          };
      stripper.getText(doc);
    }
    return glyphs;
  }

  private static PdfPTable plain(float[] widths, float width) {
    PdfPTable t = new PdfPTable(widths);
    t.setWidthPercentage(100);
    t.setTotalWidth(width);
    return t;
  }

  private static List<List<PdfPCell>> rows(PdfToolkit kit, long seed) {
    Random random = new Random(seed);
    Font[] fonts = {kit.body, kit.bodyBold, kit.small, kit.label, kit.heading, kit.tileValue};
    String[] words = {
      "Base",
      "$1,234,567",
      "Sign-on",
      "year 2",
      "RSU",
      "Amazon L7",
      "José",
      "–",
      "",
      "a\u2010b",
      "counter-offer",
      "  ",
      "\n",
      "\n\n",
      "Supercalifragilisticexpialidocious",
      "four-year",
      "ask\u2002now",
      "(e.g.",
      "Trade-off:"
    };
    List<List<PdfPCell>> rows = new java.util.ArrayList<>();
    for (int r = 0; r < 40; r++) {
      List<PdfPCell> row = new java.util.ArrayList<>();
      for (int c = 0; c < COLUMNS.length; c++) {
        StringBuilder sb = new StringBuilder();
        int n = 1 + random.nextInt(c == 0 ? 30 : 8);
        for (int w = 0; w < n; w++) {
          sb.append(w == 0 ? "" : " ").append(words[random.nextInt(words.length)]);
        }
        Font f = fonts[random.nextInt(fonts.length)];
        PdfPCell cell =
            switch (random.nextInt(7)) {
              case 5 -> kit.card(card(kit, sb.toString(), random));
              case 6 -> kit.wide(kit.text(sb.toString(), f), 1);
              case 0 -> kit.cell(sb.toString(), f);
              case 1 -> kit.number(sb.toString(), f);
              case 2 -> kit.note(sb.toString(), f, 1);
              case 3 -> kit.tag(sb.toString(), PdfToolkit.GREEN);
              default -> kit.columnHead(sb.toString(), random.nextBoolean());
            };
        if (random.nextInt(4) == 0) {
          cell.setVerticalAlignment(Element.ALIGN_TOP);
        }
        if (random.nextInt(5) == 0) {
          cell.setHorizontalAlignment(Element.ALIGN_CENTER);
        }
        if (random.nextInt(6) == 0) {
          cell.setVerticalAlignment(Element.ALIGN_BOTTOM);
        }
        row.add(cell);
      }
      rows.add(row);
    }
    return rows;
  }

  /** A finding's card: a bold title, then lines of several fonts and sizes. */
  private static Paragraph card(PdfToolkit kit, String words, Random random) {
    Paragraph para = new Paragraph();
    para.add(kit.text("Title " + words.substring(0, words.length() / 3), kit.bodyBold));
    para.add(kit.newline());
    para.add(kit.text(words, kit.body));
    if (random.nextBoolean()) {
      para.add(kit.newline());
      para.add(kit.text("What to do: ", kit.smallBold));
      para.add(kit.text(words.substring(words.length() / 2) + " ask", kit.tileValue));
      para.add(kit.newline());
    }
    return para;
  }

  @Test
  void rowsHaveTheHeightsTextAndGlyphPositionsOfOpenPdfsOwnLayout() throws Exception {
    for (long seed = 1; seed <= 12; seed++) {
      PdfToolkit kit =
          new PdfToolkit(
              FONTS, PdfWriter.getInstance(new Document(), new ByteArrayOutputStream()), WIDTH);
      Rendered laidOut = render(SectionTableTest::plain, rows(kit, seed));
      Rendered drawn = render((w, width) -> new SectionTable(w, width, FONTS), rows(kit, seed));
      assertThat(drawn.heights()).as("seed %d", seed).containsExactly(laidOut.heights());
      assertThat(drawn.text()).as("seed %d", seed).isEqualTo(laidOut.text());
      assertThat(drawn.glyphs()).as("seed %d", seed).hasSameSizeAs(laidOut.glyphs());
      for (int i = 0; i < drawn.glyphs().size(); i++) {
        Glyph d = drawn.glyphs().get(i);
        Glyph o = laidOut.glyphs().get(i);
        assertThat(d.text()).as("seed %d glyph %d", seed, i).isEqualTo(o.text());
        assertThat(d.font()).as("seed %d glyph %d", seed, i).isEqualTo(o.font());
        assertThat(d.size()).as("seed %d glyph %d", seed, i).isEqualTo(o.size());
        assertThat(d.x()).as("seed %d glyph %d %s", seed, i, d).isCloseTo(o.x(), within(0.01f));
        assertThat(d.y()).as("seed %d glyph %d %s", seed, i, d).isCloseTo(o.y(), within(0.01f));
      }
    }
  }

  @Test
  void cellsWithoutPlainTextAreLeftToOpenPdf() throws Exception {
    PdfToolkit kit =
        new PdfToolkit(
            FONTS, PdfWriter.getInstance(new Document(), new ByteArrayOutputStream()), WIDTH);
    PdfPCell fits = kit.number("$1,234,567", kit.body);
    PdfPCell drawn = SectionTable.drawn(fits, FONTS, 0, 100);
    assertThat(drawn).isSameAs(fits);
    assertThat(drawn.getPhrase()).isNull();
    assertThat(drawn.getCellEvent()).isNotNull();
    assertThat(drawn.getFixedHeight()).isEqualTo(3.5f + 9 + 4.5f);
    assertThat(drawn.getHorizontalAlignment()).isEqualTo(Element.ALIGN_RIGHT);
    assertThat(drawn.getBorderWidth()).isEqualTo(0.4f);
    PdfPCell twoLines = kit.cell("first\nsecond", kit.body);
    assertThat(SectionTable.drawn(twoLines, FONTS, 0, 400).getFixedHeight())
        .isEqualTo(3.5f + 9 + 9 + 4.5f);
    PdfPCell note = kit.note("A note with its own leading", kit.small, 1);
    assertThat(SectionTable.drawn(note, FONTS, 0, 400).getFixedHeight())
        .isEqualTo(3 + 1.3f * 8 + 5);

    PdfPCell justified = kit.cell("justified text", kit.body);
    justified.setHorizontalAlignment(Element.ALIGN_JUSTIFIED);
    assertThat(isDrawn(justified)).as("justified").isFalse();
    Phrase link = new Phrase(new Chunk("a link", kit.body).setAnchor("https://example.com"));
    PdfPCell linked = new PdfPCell(link);
    assertThat(isDrawn(linked)).as("linked").isFalse();
    PdfPCell emboldened = new PdfPCell(new Phrase("bold", new Font(FONTS.regular(), 9, Font.BOLD)));
    assertThat(isDrawn(emboldened)).as("emboldened").isFalse();
    PdfPCell tab = kit.cell("a\tb", kit.body);
    assertThat(isDrawn(tab)).as("tab").isFalse();
    PdfPCell tall = kit.cell("line\n".repeat(40), kit.body);
    assertThat(isDrawn(tall)).as("tall").isFalse();
    PdfPCell nested = new PdfPCell(new PdfPTable(1));
    assertThat(isDrawn(nested)).as("nested").isFalse();
    // A character Liberation Sans lacks is set in the fallback font: a run of its own, drawn too.
    int onlyInFallback =
        java.util.stream.IntStream.range(0x100, 0x10000)
            .filter(cp -> !FONTS.mainHas(cp) && FONTS.fallbackHas(cp))
            .findFirst()
            .orElseThrow();
    PdfPCell twoFonts =
        kit.cell("Offer " + Character.toString(onlyInFallback) + " counter", kit.body);
    assertThat(twoFonts.getPhrase().getChunks()).hasSizeGreaterThan(1);
    assertThat(isDrawn(twoFonts)).isTrue();
  }

  /** Whether {@link SectionTable#drawn} draws the cell itself (400 points wide), not OpenPDF. */
  private static boolean isDrawn(PdfPCell cell) {
    return SectionTable.drawn(cell, FONTS, 0, 400).getCellEvent() != null;
  }
}
