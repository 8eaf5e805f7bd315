package dev.offeranalyzer.report.pdf;

import com.lowagie.text.BadElementException;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import dev.offeranalyzer.report.model.TakeHomeSection;
import java.awt.Color;

/**
 * Lays out the section "What you keep" (SPEC section 12): a chart of each year split into take-home
 * and taxes, the per-year table, the sentence on the year-1 bill and the assumptions. It only lays
 * out what {@link TakeHomeSection} worded; the fonts and colours are the report's own.
 */
final class TakeHomePdfSection {

  static final Color KEPT = Charts.GOOD;
  static final Color TAXES = new Color(0xB0, 0xB8, 0xC2);

  private final ReportFonts fonts;
  private final Font body;
  private final Font bold;
  private final Font small;
  private final Font label;
  private final Font heading;
  private final float width;

  TakeHomePdfSection(
      ReportFonts fonts, Font body, Font bold, Font small, Font label, Font heading, float width) {
    this.fonts = fonts;
    this.body = body;
    this.bold = bold;
    this.small = small;
    this.label = label;
    this.heading = heading;
    this.width = width;
  }

  void add(Document doc, PdfWriter writer, TakeHomeSection s) throws DocumentException {
    int cols = s.available() ? 1 + s.columns().size() : 1;
    float[] w = new float[cols];
    w[0] = 2.6f;
    for (int i = 1; i < cols; i++) {
      w[i] = 1.0f;
    }
    PdfPTable t = new PdfPTable(w);
    t.setWidthPercentage(100);
    t.setSpacingBefore(16);
    t.setSplitRows(false);
    t.setKeepTogether(true);
    PdfPCell h = new PdfPCell(new Phrase("What you keep", heading));
    h.setColspan(cols);
    h.setBorder(Rectangle.BOTTOM);
    h.setBorderColor(PdfReportRenderer.NAVY);
    h.setBorderWidth(1.2f);
    h.setPaddingLeft(0);
    h.setPaddingBottom(5);
    t.addCell(h);
    if (!s.available()) {
      t.addCell(wide(s.message(), body, cols));
      doc.add(t);
      return;
    }
    t.addCell(wide(s.intro(), small, cols));
    PdfPCell chart = new PdfPCell(chart(writer.getDirectContent(), s));
    chart.setColspan(cols);
    chart.setBorder(Rectangle.NO_BORDER);
    chart.setPaddingBottom(6);
    t.addCell(chart);
    t.addCell(head("", false));
    for (String c : s.columns()) {
      t.addCell(head(c, true));
    }
    int row = 0;
    for (TakeHomeSection.Line line : s.lines()) {
      Font f = line.emphasis() ? bold : body;
      Color bg = row++ % 2 == 1 ? PdfReportRenderer.ZEBRA : null;
      t.addCell(cell(line.label(), f, false, bg));
      for (String v : line.values()) {
        t.addCell(cell(v, f, true, bg));
      }
    }
    t.addCell(wide(s.bill(), bold, cols));
    t.addCell(wide("Assumptions: " + String.join(" ", s.assumptions()), small, cols));
    doc.add(t);
  }

  private PdfPCell wide(String text, Font f, int cols) {
    PdfPCell c = new PdfPCell(new Phrase(text, f));
    c.setColspan(cols);
    c.setBorder(Rectangle.NO_BORDER);
    c.setPaddingLeft(0);
    c.setPaddingTop(3);
    c.setPaddingBottom(4);
    c.setLeading(0, 1.3f);
    return c;
  }

  private PdfPCell head(String text, boolean right) {
    PdfPCell c = new PdfPCell(new Phrase(text, label));
    c.setBackgroundColor(PdfReportRenderer.HEAD_BG);
    c.setBorder(Rectangle.NO_BORDER);
    c.setPadding(4);
    if (right) {
      c.setHorizontalAlignment(Element.ALIGN_RIGHT);
    }
    return c;
  }

  private PdfPCell cell(String text, Font f, boolean right, Color bg) {
    PdfPCell c = new PdfPCell(new Phrase(text, f));
    c.setBorder(Rectangle.BOTTOM);
    c.setBorderColor(PdfReportRenderer.RULE);
    c.setBorderWidth(0.4f);
    c.setPaddingTop(3);
    c.setPaddingBottom(4);
    c.setPaddingLeft(4);
    c.setPaddingRight(4);
    if (right) {
      c.setHorizontalAlignment(Element.ALIGN_RIGHT);
    }
    if (bg != null) {
      c.setBackgroundColor(bg);
    }
    return c;
  }

  /** One bar per year: take-home at the bottom, taxes above, the take-home share inside. */
  private Image chart(PdfContentByte cb, TakeHomeSection s) throws BadElementException {
    float height = 120;
    PdfTemplate t = cb.createTemplate(width, height);
    BaseFont regular = fonts.regular();
    BaseFont boldFont = fonts.bold();
    float left = 56;
    float right = width - 118;
    float bottom = 22;
    float top = height - 16;
    long max = 1;
    for (TakeHomeSection.ChartYear y : s.chart()) {
      max = Math.max(max, y.takeHomeDollars() + y.taxDollars());
    }
    long step = Charts.niceStep(max / 4.0);
    long axisMax = ((max + step - 1) / step) * step;
    float scale = (top - bottom) / axisMax;
    t.setLineWidth(0.5f);
    for (long v = 0; v <= axisMax; v += step) {
      float y = bottom + v * scale;
      t.setColorStroke(v == 0 ? Charts.AXIS : Charts.GRID);
      t.moveTo(left, y);
      t.lineTo(right, y);
      t.stroke();
      text(
          t,
          regular,
          7.5f,
          Charts.AXIS,
          Element.ALIGN_RIGHT,
          Charts.compact(v),
          left - 5,
          y - 2.5f);
    }
    float slot = (right - left) / Math.max(1, s.chart().size());
    float bar = Math.min(58, slot * 0.55f);
    for (int i = 0; i < s.chart().size(); i++) {
      TakeHomeSection.ChartYear y = s.chart().get(i);
      float x = left + slot * i + (slot - bar) / 2;
      float kept = y.takeHomeDollars() * scale;
      float taxes = y.taxDollars() * scale;
      t.setColorFill(KEPT);
      t.rectangle(x, bottom, bar, kept);
      t.fill();
      t.setColorFill(TAXES);
      t.rectangle(x, bottom + kept, bar, taxes);
      t.fill();
      long total = y.takeHomeDollars() + y.taxDollars();
      String share = total == 0 ? "" : Math.round(100.0 * y.takeHomeDollars() / total) + "% kept";
      text(t, boldFont, 7.5f, Color.WHITE, Element.ALIGN_CENTER, share, x + bar / 2, bottom + 4);
      text(
          t,
          boldFont,
          8,
          Charts.TEXT,
          Element.ALIGN_CENTER,
          Charts.compact(y.takeHomeDollars()),
          x + bar / 2,
          bottom + kept + taxes + 4);
      text(
          t, regular, 8.5f, Charts.TEXT, Element.ALIGN_CENTER, y.label(), x + bar / 2, bottom - 13);
    }
    float ly = top - 6;
    String[] names = {"Take-home", "Taxes"};
    Color[] colors = {KEPT, TAXES};
    for (int c = 0; c < names.length; c++) {
      t.setColorFill(colors[c]);
      t.rectangle(right + 16, ly - 1, 9, 9);
      t.fill();
      text(t, regular, 8.5f, Charts.TEXT, Element.ALIGN_LEFT, names[c], right + 30, ly);
      ly -= 16;
    }
    return Image.getInstance(t);
  }

  private static void text(
      PdfContentByte t,
      BaseFont font,
      float size,
      Color color,
      int align,
      String s,
      float x,
      float y) {
    t.beginText();
    t.setFontAndSize(font, size);
    t.setColorFill(color);
    t.showTextAligned(align, s, x, y, 0);
    t.endText();
  }
}
