package dev.offeranalyzer.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

class SectionTableTest {

  private static final ReportFonts FONTS = ReportFonts.load();
  private static final float WIDTH = 511;
  private static final float[] COLUMNS = {2.2f, 1, 1, 1.3f};

  /** Lays out rows of cells with {@code table} and returns its row heights and the PDF's text. */
  private static Object[] render(
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
    return new Object[] {heights, text};
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
    String[] words = {"Base", "$1,234,567", "Sign-on", "year 2", "RSU", "Amazon L7", "José", "–"};
    List<List<PdfPCell>> rows = new java.util.ArrayList<>();
    for (int r = 0; r < 40; r++) {
      List<PdfPCell> row = new java.util.ArrayList<>();
      for (int c = 0; c < COLUMNS.length; c++) {
        StringBuilder sb = new StringBuilder();
        int n = 1 + random.nextInt(c == 0 ? 14 : 4);
        for (int w = 0; w < n; w++) {
          sb.append(w == 0 ? "" : " ").append(words[random.nextInt(words.length)]);
        }
        Font f = fonts[random.nextInt(fonts.length)];
        PdfPCell cell =
            switch (random.nextInt(5)) {
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
        row.add(cell);
      }
      rows.add(row);
    }
    return rows;
  }

  @Test
  void rowsHaveTheHeightsAndTextOfOpenPdfsOwnLayout_whetherACellFitsOneLineOrWraps()
      throws Exception {
    for (long seed = 1; seed <= 5; seed++) {
      PdfToolkit kit =
          new PdfToolkit(
              FONTS, PdfWriter.getInstance(new Document(), new ByteArrayOutputStream()), WIDTH);
      Object[] laidOut = render(SectionTableTest::plain, rows(kit, seed));
      Object[] drawn = render(SectionTable::new, rows(kit, seed));
      assertThat((float[]) drawn[0]).as("seed %d", seed).containsExactly((float[]) laidOut[0]);
      assertThat((String) drawn[1]).as("seed %d", seed).isEqualTo(laidOut[1]);
    }
  }

  @Test
  void onlyOneLineOfOneFontThatFitsIsDrawnDirectly() throws Exception {
    PdfToolkit kit =
        new PdfToolkit(
            FONTS, PdfWriter.getInstance(new Document(), new ByteArrayOutputStream()), WIDTH);
    PdfPCell fits = kit.number("$1,234,567", kit.body);
    PdfPCell drawn = SectionTable.oneLine(fits, 100);
    assertThat(drawn).isNotSameAs(fits);
    assertThat(drawn.getPhrase()).isNull();
    assertThat(drawn.getFixedHeight()).isEqualTo(3.5f + 9 + 4.5f);
    assertThat(drawn.getHorizontalAlignment()).isEqualTo(Element.ALIGN_RIGHT);
    assertThat(drawn.getBorderWidth()).isEqualTo(fits.getBorderWidth());

    float textWidth = FONTS.regular().getWidthPoint("$1,234,567", 9);
    float exact = textWidth + 8 + SectionTable.SLACK;
    assertThat(SectionTable.oneLine(kit.number("$1,234,567", kit.body), exact)).isNotSameAs(fits);
    PdfPCell tooWide = kit.number("$1,234,567", kit.body);
    assertThat(SectionTable.oneLine(tooWide, exact - 0.01f)).isSameAs(tooWide);
    PdfPCell twoLines = kit.cell("first\nsecond", kit.body);
    assertThat(SectionTable.oneLine(twoLines, 400)).isSameAs(twoLines);
    PdfPCell note = kit.note("A note with its own leading", kit.small, 1);
    assertThat(SectionTable.oneLine(note, 400).getFixedHeight()).isEqualTo(3 + 1.3f * 8 + 5);
    // A character Liberation Sans lacks is set in the fallback font: two runs, laid out as before.
    int onlyInFallback =
        java.util.stream.IntStream.range(0x100, 0x10000)
            .filter(cp -> !FONTS.mainHas(cp) && FONTS.fallbackHas(cp))
            .findFirst()
            .orElseThrow();
    PdfPCell twoFonts =
        kit.cell("Offer " + Character.toString(onlyInFallback) + " counter", kit.body);
    assertThat(twoFonts.getPhrase().size()).isGreaterThan(1);
    assertThat(SectionTable.oneLine(twoFonts, 400)).isSameAs(twoFonts);
  }
}
