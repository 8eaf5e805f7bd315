package dev.offeranalyzer.report.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The one toolkit every {@link PdfSection} lays its content out with: the colours, the fonts at
 * their sizes, and builders for the report's few kinds of cell (text, number, column head, card,
 * tag, tile, total row, section table). One instance per rendering: it records the characters
 * neither font can draw and the warnings of that report.
 *
 * <p>All text goes through {@link #text}, which sets each character Liberation Sans lacks in the
 * fallback font and prints a character neither font has as {@code ?} (recorded in {@link
 * #missingGlyphs()}).
 */
public final class PdfToolkit {

  public static final Color NAVY = new Color(0x1F, 0x3A, 0x5F);
  public static final Color MUTED = new Color(0x5F, 0x6B, 0x7A);
  public static final Color TEXT = new Color(0x22, 0x2B, 0x36);
  public static final Color RULE = new Color(0xC9, 0xD2, 0xDC);
  public static final Color ZEBRA = new Color(0xF4, 0xF6, 0xF9);
  public static final Color HEAD_BG = new Color(0xE6, 0xEC, 0xF2);
  public static final Color TILE_BG = new Color(0xF0, 0xF4, 0xF8);
  public static final Color RED = new Color(0xC0, 0x39, 0x2B);
  public static final Color AMBER = new Color(0xD3, 0x80, 0x1F);
  public static final Color BLUE = new Color(0x2E, 0x6D, 0xA4);
  public static final Color GREY = new Color(0x7F, 0x8C, 0x8D);
  public static final Color GREEN = new Color(0x2E, 0x8B, 0x57);

  /** Body text, 9 pt. */
  public final Font body;

  /** Bold body text, 9 pt. */
  public final Font bodyBold;

  /** Notes and reasons, 8 pt muted. */
  public final Font small;

  /** Bold 8 pt, e.g. "What to do:" and the disclaimer. */
  public final Font smallBold;

  /** Column heads and fact labels, bold 8 pt muted. */
  public final Font label;

  /** Section headings, bold 12.5 pt navy. */
  public final Font heading;

  /** The candidate's name on page 1, bold 21 pt. */
  public final Font title;

  /** The line under the title, 11 pt muted. */
  public final Font subtitle;

  /** The value of a tile, bold 15 pt navy (smaller for long values). */
  public final Font tileValue;

  /** Text on a coloured tag, bold 8 pt white. */
  public final Font white;

  /** Running title and footer, 7.5 pt muted. */
  public final Font foot;

  private final ReportFonts fonts;
  private final PdfWriter writer;
  private final float contentWidth;
  private final GlyphRuns glyphs;
  private final List<String> warnings = new ArrayList<>();

  /**
   * @param fonts the fonts loaded once per run; not null
   * @param writer the writer of this report (its canvas, once the document is open); not null
   * @param contentWidth the page width between the margins, in points
   */
  PdfToolkit(ReportFonts fonts, PdfWriter writer, float contentWidth) {
    this.fonts = Objects.requireNonNull(fonts, "fonts");
    this.writer = Objects.requireNonNull(writer, "writer");
    this.contentWidth = contentWidth;
    this.glyphs = new GlyphRuns(fonts);
    BaseFont r = fonts.regular();
    BaseFont b = fonts.bold();
    body = new Font(r, 9, Font.NORMAL, TEXT);
    bodyBold = new Font(b, 9, Font.NORMAL, TEXT);
    small = new Font(r, 8, Font.NORMAL, MUTED);
    smallBold = new Font(b, 8, Font.NORMAL, TEXT);
    label = new Font(b, 8, Font.NORMAL, MUTED);
    heading = new Font(b, 12.5f, Font.NORMAL, NAVY);
    title = new Font(b, 21, Font.NORMAL, NAVY);
    subtitle = new Font(r, 11, Font.NORMAL, MUTED);
    tileValue = new Font(b, 15, Font.NORMAL, NAVY);
    white = new Font(b, 8, Font.NORMAL, Color.WHITE);
    foot = new Font(r, 7.5f, Font.NORMAL, MUTED);
  }

  /** The fonts of the run (for charts that draw directly). */
  public ReportFonts fonts() {
    return fonts;
  }

  /** The writer's direct content, for charts drawn as vector graphics. */
  public PdfContentByte canvas() {
    return writer.getDirectContent();
  }

  /** The page width between the margins, in points. */
  public float contentWidth() {
    return contentWidth;
  }

  /** True when {@code f} is one of the bold faces. */
  public boolean isBold(Font f) {
    return f.getBaseFont() == fonts.bold();
  }

  /** Records a warning for the coach, e.g. an unreadable logo. */
  public void warn(String message) {
    warnings.add(message);
  }

  /** Characters neither font could draw, as {@code "😀 (U+1F600)"}, in order of first use. */
  public List<String> missingGlyphs() {
    return glyphs.missing();
  }

  /** The warnings recorded so far. */
  public List<String> warnings() {
    return List.copyOf(warnings);
  }

  // ---- text ---------------------------------------------------------------------------------

  /** The text in {@code f}, with the fallback font where needed (see the class comment). */
  public Phrase text(String s, Font f) {
    return glyphs.phrase(s, f);
  }

  /** A paragraph of one text in {@code f}. */
  public Paragraph paragraph(String s, Font f) {
    return new Paragraph(text(s, f));
  }

  /** A line break in the body font (Chunk.NEWLINE would pull in a non-embedded Helvetica). */
  public Chunk newline() {
    return new Chunk("\n", body);
  }

  // ---- cells --------------------------------------------------------------------------------

  /** A table cell of text, left-aligned, with a thin rule below. */
  public PdfPCell cell(String s, Font f) {
    PdfPCell c = new PdfPCell(text(s, f));
    c.setBorder(Rectangle.BOTTOM);
    c.setBorderColor(RULE);
    c.setBorderWidth(0.4f);
    c.setPaddingTop(3.5f);
    c.setPaddingBottom(4.5f);
    c.setPaddingLeft(4);
    c.setPaddingRight(4);
    c.setVerticalAlignment(Element.ALIGN_MIDDLE);
    return c;
  }

  /** A {@link #cell} aligned right, for figures. */
  public PdfPCell number(String s, Font f) {
    PdfPCell c = cell(s, f);
    c.setHorizontalAlignment(Element.ALIGN_RIGHT);
    return c;
  }

  /** A column title on the head background, right-aligned when {@code right}. */
  public PdfPCell columnHead(String s, boolean right) {
    PdfPCell c = cell(s, label);
    c.setBackgroundColor(HEAD_BG);
    c.setBorder(Rectangle.NO_BORDER);
    if (right) {
      c.setHorizontalAlignment(Element.ALIGN_RIGHT);
    }
    return c;
  }

  /** One row of column titles: the first left-aligned, the others right-aligned. */
  public void columnHeads(PdfPTable t, String... heads) {
    columnHeads(t, 1, heads);
  }

  /** One row of column titles: the first {@code leftColumns} left-aligned, the rest right. */
  public void columnHeads(PdfPTable t, int leftColumns, String... heads) {
    for (int i = 0; i < heads.length; i++) {
      t.addCell(columnHead(heads[i], i >= leftColumns));
    }
  }

  /** A borderless cell spanning {@code colspan} columns holding a phrase: notes and paragraphs. */
  public PdfPCell wide(Phrase phrase, int colspan) {
    PdfPCell c = new PdfPCell(phrase);
    c.setColspan(colspan);
    c.setBorder(Rectangle.NO_BORDER);
    c.setPaddingLeft(0);
    c.setPaddingTop(3);
    c.setPaddingBottom(5);
    c.setLeading(0, 1.3f);
    return c;
  }

  /** {@link #wide} of one text in {@code f}. */
  public PdfPCell note(String s, Font f, int colspan) {
    return wide(text(s, f), colspan);
  }

  /**
   * A card: a paragraph with a thin rule below, indented, with room between lines (a finding, a
   * negotiation round).
   */
  public PdfPCell card(Paragraph content) {
    PdfPCell c = new PdfPCell(content);
    c.setBorder(Rectangle.BOTTOM);
    c.setBorderColor(RULE);
    c.setBorderWidth(0.4f);
    c.setPaddingLeft(8);
    c.setPaddingTop(3);
    c.setPaddingBottom(7);
    c.setLeading(0, 1.3f);
    return c;
  }

  /** A white-on-colour label cell, e.g. a severity or a checklist status. */
  public PdfPCell tag(String text, Color color) {
    PdfPCell c = new PdfPCell(text(text, white));
    c.setBackgroundColor(color);
    c.setBorder(Rectangle.BOTTOM);
    c.setBorderColor(Color.WHITE);
    c.setBorderWidth(2.5f);
    c.setHorizontalAlignment(Element.ALIGN_CENTER);
    c.setVerticalAlignment(Element.ALIGN_MIDDLE);
    c.setPadding(3);
    return c;
  }

  /** A headline tile: a label, a large value in {@code color}, and an optional note below. */
  public PdfPCell tile(String name, String value, String note, Color color) {
    PdfPCell c = new PdfPCell();
    c.setBorder(Rectangle.BOTTOM);
    c.setBorderColor(Color.WHITE);
    c.setBorderWidth(2);
    c.setBackgroundColor(TILE_BG);
    c.setPadding(8);
    c.setPaddingLeft(10);
    c.addElement(paragraph(name, label));
    Font vf =
        new Font(tileValue.getBaseFont(), value.length() > 16 ? 11.5f : 15, Font.NORMAL, color);
    Paragraph pv = paragraph(value, vf);
    pv.setLeading(18);
    c.addElement(pv);
    if (note != null) {
      c.addElement(paragraph(note, small));
    }
    return c;
  }

  /** A borderless cell spanning {@code colspan} columns holding a chart or a nested table. */
  public PdfPCell spanning(PdfPCell c, int colspan) {
    c.setColspan(colspan);
    c.setBorder(Rectangle.NO_BORDER);
    return c;
  }

  /** A chart drawn on {@link #canvas()} as a full-width cell with room below. */
  public PdfPCell chart(Image chart, int colspan, float paddingBottom) {
    PdfPCell c = spanning(new PdfPCell(chart), colspan);
    c.setPaddingBottom(paddingBottom);
    return c;
  }

  // ---- tables -------------------------------------------------------------------------------

  /**
   * A table as wide as the page between the margins (or as a cell spanning such a table without
   * padding), whose plain text cells are drawn directly ({@link SectionTable}).
   */
  public PdfPTable table(float[] widths) {
    return new SectionTable(widths, contentWidth, fonts);
  }

  /**
   * A section table: the heading is its first header row (repeated if the table runs over a page,
   * and never left alone at a page's foot), rows never split across pages.
   *
   * @param keepTogether true to move the whole section to the next page rather than split it
   */
  public PdfPTable section(String headingText, float[] widths, boolean keepTogether) {
    PdfPTable t = new SectionTable(widths, contentWidth, fonts);
    t.setSpacingBefore(16);
    t.setSplitRows(false);
    t.setKeepTogether(keepTogether);
    PdfPCell h = new PdfPCell(text(headingText, heading));
    h.setColspan(widths.length);
    h.setBorder(Rectangle.BOTTOM);
    h.setBorderColor(NAVY);
    h.setBorderWidth(1.2f);
    h.setPaddingLeft(0);
    h.setPaddingBottom(5);
    h.setPaddingTop(0);
    t.addCell(h);
    PdfPCell spacer = new PdfPCell();
    spacer.setColspan(widths.length);
    spacer.setBorder(Rectangle.NO_BORDER);
    spacer.setFixedHeight(5);
    t.addCell(spacer);
    t.setHeaderRows(2);
    return t;
  }

  /** Adds a body row; odd rows ({@code index} 1, 3, …) get the zebra background. */
  public void row(PdfPTable t, int index, PdfPCell... cells) {
    for (PdfPCell c : cells) {
      if (index % 2 == 1) {
        c.setBackgroundColor(ZEBRA);
      }
      t.addCell(c);
    }
  }

  /** Adds a total row: the cells get a navy rule above instead of their own border. */
  public void totalRow(PdfPTable t, PdfPCell... cells) {
    for (PdfPCell c : cells) {
      c.setBorder(Rectangle.TOP);
      c.setBorderColor(NAVY);
      c.setBorderWidth(0.8f);
      t.addCell(c);
    }
  }
}
