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
import com.lowagie.text.pdf.PdfPRow;
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

  private record Rendered(float[] heights, String text, List<Glyph> glyphs, List<Page> pages) {}

  /** A page's pixels, RGB, row by row. */
  private record Page(int width, int[] rgb) {}

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
    return new Rendered(heights, text, glyphs(out.toByteArray()), pixels(out.toByteArray()));
  }

  /**
   * Whether pixel column {@code x} (100 dpi) lies within 3 pixels (2.2 points, more than half the
   * widest rule, 2.5 points) of a line between two columns of the table {@link #render} lays out.
   */
  private static boolean nearCellEdge(int x) {
    float total = 0;
    for (float c : COLUMNS) {
      total += c;
    }
    float edge = 50;
    for (int c = 0; c < COLUMNS.length - 1; c++) {
      edge += COLUMNS[c] / total * WIDTH;
      if (Math.abs(x + 0.5f - edge * 100 / 72) <= 3) {
        return true;
      }
    }
    return false;
  }

  /**
   * Every page's graphics without its text (which the glyph positions check), rendered by PDFBox at
   * 100 dpi, as RGB pixels: the backgrounds and the rules.
   */
  private static List<Page> pixels(byte[] pdf) throws Exception {
    List<Page> pages = new java.util.ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      org.apache.pdfbox.rendering.PDFRenderer renderer =
          new org.apache.pdfbox.rendering.PDFRenderer(doc) {
            @Override
            protected org.apache.pdfbox.rendering.PageDrawer createPageDrawer(
                org.apache.pdfbox.rendering.PageDrawerParameters parameters)
                throws java.io.IOException {
              return new org.apache.pdfbox.rendering.PageDrawer(parameters) {
                @Override
                protected void showText(byte[] string) {}
              };
            }
          };
      for (int p = 0; p < doc.getNumberOfPages(); p++) {
        java.awt.image.BufferedImage image =
            renderer.renderImageWithDPI(p, 100, org.apache.pdfbox.rendering.ImageType.RGB);
        int w = image.getWidth();
        pages.add(new Page(w, image.getRGB(0, 0, w, image.getHeight(), null, 0, w)));
      }
    }
    return pages;
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
    return rows(kit, seed, false);
  }

  /**
   * 40 rows of random cells, zebra rows and total rows.
   *
   * @param plain true for cells of plain text only (each drawn by {@link SectionTable}), so that
   *     most rows are {@link SectionTable.DrawnRow}s
   */
  private static List<List<PdfPCell>> rows(PdfToolkit kit, long seed, boolean plain) {
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
        int kind = random.nextInt(7);
        if (plain && (kind == 3 || kind == 5 || kind == 6)) {
          kind = 0;
        }
        PdfPCell cell =
            switch (kind) {
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
      // Some rows are zebra rows, some total rows with a navy rule above (PdfToolkit.row and
      // totalRow): backgrounds and rules that meet the cells' own.
      switch (random.nextInt(5)) {
        case 0 -> row.forEach(c -> c.setBackgroundColor(PdfToolkit.ZEBRA));
        case 1 -> {
          for (PdfPCell c : row) {
            c.setBorder(com.lowagie.text.Rectangle.TOP);
            c.setBorderColor(PdfToolkit.NAVY);
            c.setBorderWidth(0.8f);
          }
        }
        default -> {}
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
      // The same pixels: backgrounds and rules where OpenPDF puts them, stacked as it stacks
      // them. Only where two cells meet may they differ: OpenPDF draws a rule per cell, and
      // neighbouring rules overlap there by their projected ends (half the rule's width each
      // side), so the anti-aliased pixels along the rule's edges are painted twice; one rule
      // across the cells paints them once. A rule moved or missing, or a fill, differs elsewhere.
      assertThat(drawn.pages()).as("seed %d", seed).hasSameSizeAs(laidOut.pages());
      for (int p = 0; p < drawn.pages().size(); p++) {
        int width = drawn.pages().get(p).width();
        int[] a = drawn.pages().get(p).rgb();
        int[] b = laidOut.pages().get(p).rgb();
        assertThat(a).hasSameSizeAs(b);
        for (int k = 0; k < a.length; k++) {
          if (a[k] != b[k]) {
            int x = k % width;
            assertThat(nearCellEdge(x))
                .as("seed %d, page %d: pixel (%d, %d) differs", seed, p + 1, x, k / width)
                .isTrue();
          }
        }
      }
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

  /**
   * The page contents of a document of three tables, each over several pages: a section (two header
   * rows repeated on each page, rows not split) of plain cells, a table of random cells, and a
   * table whose cells hold a table of plain cells each.
   *
   * @param openPdfRows whether the tables leave every row to OpenPDF ({@link SectionTable})
   */
  private static List<byte[]> pages(long seed, boolean openPdfRows, List<PdfPRow> rowsSeen)
      throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document doc = new Document(PageSize.LETTER, 50, 50, 48, 50);
    PdfWriter writer = PdfWriter.getInstance(doc, out);
    doc.open();
    PdfToolkit kit = new PdfToolkit(FONTS, writer, WIDTH);
    SectionTable section = new SectionTable(COLUMNS, WIDTH, FONTS, openPdfRows);
    section.setSplitRows(false);
    for (int h = 0; h < 2; h++) {
      PdfPCell head = kit.cell("Heading " + h, kit.heading);
      head.setColspan(COLUMNS.length);
      section.addCell(head);
    }
    section.setHeaderRows(2);
    SectionTable mixed = new SectionTable(COLUMNS, WIDTH, FONTS, openPdfRows);
    SectionTable outer = new SectionTable(new float[] {1, 1}, WIDTH, FONTS, openPdfRows);
    List<List<PdfPCell>> plain = rows(kit, seed, true);
    plain.addAll(rows(kit, seed + 100, true));
    plain.forEach(row -> row.forEach(section::addCell));
    rows(kit, seed, false).forEach(row -> row.forEach(mixed::addCell));
    for (int i = 0; i < 6; i++) {
      SectionTable inner = new SectionTable(COLUMNS, WIDTH / 2, FONTS, openPdfRows);
      rows(kit, seed + 200 + i, true).subList(0, 5).forEach(row -> row.forEach(inner::addCell));
      PdfPCell holder = new PdfPCell(inner);
      holder.setPadding(0);
      outer.addCell(holder);
    }
    doc.add(kit.text("Before the tables", kit.body));
    doc.add(section);
    doc.add(mixed);
    doc.add(outer);
    doc.close();
    rowsSeen.addAll(section.getRows());
    rowsSeen.addAll(mixed.getRows());
    PdfReader reader = new PdfReader(out.toByteArray());
    List<byte[]> pages = new java.util.ArrayList<>();
    for (int p = 1; p <= reader.getNumberOfPages(); p++) {
      pages.add(reader.getPageContent(p));
    }
    return pages;
  }

  @Test
  void rowsOfDrawnCellsWriteTheBytesOfOpenPdfsOwnRows() throws Exception {
    for (long seed = 1; seed <= 6; seed++) {
      List<PdfPRow> own = new java.util.ArrayList<>();
      List<PdfPRow> theirs = new java.util.ArrayList<>();
      List<byte[]> drawn = pages(seed, false, own);
      List<byte[]> openPdf = pages(seed, true, theirs);
      assertThat(drawn.size()).as("seed %d: pages", seed).isGreaterThan(3);
      assertThat(drawn).as("seed %d: pages", seed).hasSameSizeAs(openPdf);
      for (int p = 0; p < drawn.size(); p++) {
        assertThat(new String(drawn.get(p), java.nio.charset.StandardCharsets.ISO_8859_1))
            .as("seed %d, page %d", seed, p + 1)
            .isEqualTo(new String(openPdf.get(p), java.nio.charset.StandardCharsets.ISO_8859_1));
      }
      // Both ways were taken: most rows drawn here, none by OpenPDF's own steps.
      assertThat(own.stream().filter(r -> r instanceof SectionTable.DrawnRow).count())
          .as("seed %d: drawn rows", seed)
          .isGreaterThan(40);
      assertThat(theirs).noneMatch(r -> r instanceof SectionTable.DrawnRow);
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
