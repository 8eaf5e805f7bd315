package dev.offeranalyzer.report.pdf;

import com.lowagie.text.BadElementException;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTemplate;
import dev.offeranalyzer.offer.Formats;
import dev.offeranalyzer.report.model.ReportModel.MarketRow;
import dev.offeranalyzer.report.model.ReportModel.YearRow;
import dev.offeranalyzer.report.model.TakeHomeSection;
import java.awt.Color;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The report's charts, drawn as vector graphics straight into a PDF template with the embedded
 * font: no raster images, no randomness, and they cost well under a millisecond.
 */
final class Charts {

  static final Color BASE = new Color(0x2E, 0x5A, 0x88);
  static final Color SIGN_ON = new Color(0xF2, 0xA5, 0x41);
  static final Color RSU = new Color(0x3C, 0x9D, 0x5D);
  static final Color BONUS = new Color(0x8E, 0x6C, 0xBF);
  static final Color AXIS = new Color(0x55, 0x5F, 0x6B);
  static final Color GRID = new Color(0xDD, 0xE2, 0xE8);
  static final Color TEXT = new Color(0x22, 0x2B, 0x36);
  static final Color BAND = new Color(0xD6, 0xE4, 0xF0);
  static final Color TARGET_ZONE = new Color(0xA9, 0xC6, 0xE0);
  static final Color GOOD = new Color(0x2E, 0x8B, 0x57);
  static final Color LOW = new Color(0xD3, 0x80, 0x1F);
  static final Color BAD = new Color(0xC0, 0x39, 0x2B);
  static final Color TAXES = new Color(0xB0, 0xB8, 0xC2);

  private static final String[] COMPONENTS = {"Base", "Sign-on", "RSU", "Cash bonus"};
  private static final Color[] COLORS = {BASE, SIGN_ON, RSU, BONUS};

  private Charts() {}

  /** The four years as stacked bars by component, with each year's total above its bar. */
  static Image yearBars(PdfContentByte cb, ReportFonts fonts, float width, List<YearRow> years)
      throws BadElementException {
    float height = 178;
    PdfTemplate t = cb.createTemplate(width, height);
    BaseFont regular = fonts.regular();
    BaseFont bold = fonts.bold();
    float left = 56;
    float right = width - 118;
    float bottom = 24;
    float top = height - 20;
    long max = 1;
    for (YearRow y : years) {
      max = Math.max(max, y.totalDollars());
    }
    long step = niceStep(max / 4.0);
    long axisMax = ((max + step - 1) / step) * step;
    float scale = (top - bottom) / axisMax;

    t.setLineWidth(0.5f);
    for (long v = 0; v <= axisMax; v += step) {
      float y = bottom + v * scale;
      t.setColorStroke(v == 0 ? AXIS : GRID);
      t.moveTo(left, y);
      t.lineTo(right, y);
      t.stroke();
      text(t, regular, 7.5f, AXIS, Element.ALIGN_RIGHT, compact(v), left - 5, y - 2.5f);
    }
    float slot = (right - left) / years.size();
    float barWidth = Math.min(58, slot * 0.55f);
    for (int i = 0; i < years.size(); i++) {
      YearRow y = years.get(i);
      long[] parts = {y.baseDollars(), y.signOnDollars(), y.rsuDollars(), y.bonusDollars()};
      float x = left + slot * i + (slot - barWidth) / 2;
      float yy = bottom;
      for (int c = 0; c < parts.length; c++) {
        if (parts[c] <= 0) {
          continue;
        }
        float h = parts[c] * scale;
        t.setColorFill(COLORS[c]);
        t.rectangle(x, yy, barWidth, h);
        t.fill();
        yy += h;
      }
      text(t, bold, 8, TEXT, Element.ALIGN_CENTER, y.total(), x + barWidth / 2, yy + 4);
      text(t, regular, 8.5f, TEXT, Element.ALIGN_CENTER, y.label(), x + barWidth / 2, bottom - 13);
    }
    float ly = top - 6;
    for (int c = 0; c < COMPONENTS.length; c++) {
      t.setColorFill(COLORS[c]);
      t.rectangle(right + 16, ly - 1, 9, 9);
      t.fill();
      text(t, regular, 8.5f, TEXT, Element.ALIGN_LEFT, COMPONENTS[c], right + 30, ly);
      ly -= 16;
    }
    return Image.getInstance(t);
  }

  /**
   * One range bar per component: the band from low to high, the 50th to 75th percentile zone
   * shaded, ticks at the 50th and 75th, and the offer marked.
   */
  static Image rangeBars(PdfContentByte cb, ReportFonts fonts, float width, List<MarketRow> rows)
      throws BadElementException {
    float rowHeight = 50;
    float height = rowHeight * rows.size() + 4;
    PdfTemplate t = cb.createTemplate(width, height);
    BaseFont regular = fonts.regular();
    BaseFont bold = fonts.bold();
    float labelWidth = 128;
    float x0 = labelWidth + 28;
    float x1 = width - 36;
    for (int i = 0; i < rows.size(); i++) {
      MarketRow r = rows.get(i);
      float base = height - rowHeight * (i + 1) + 4;
      float barY = base + 20;
      text(t, bold, 8.5f, TEXT, Element.ALIGN_LEFT, r.label(), 0, barY + 2);
      double lo = Math.min(r.lowDollars(), r.offeredDollars());
      double hi = Math.max(r.highDollars(), r.offeredDollars());
      double span = hi - lo;
      double pad = span == 0 ? Math.max(1, hi * 0.1) : span * 0.06;
      lo -= pad;
      hi += pad;
      double s = (x1 - x0) / (hi - lo);
      float xl = (float) (x0 + (r.lowDollars() - lo) * s);
      float xh = (float) (x0 + (r.highDollars() - lo) * s);
      float x50 = (float) (x0 + (r.p50Dollars() - lo) * s);
      float x75 = (float) (x0 + (r.p75Dollars() - lo) * s);
      float xo = (float) (x0 + (r.offeredDollars() - lo) * s);
      t.setColorFill(BAND);
      t.rectangle(xl, barY, Math.max(1, xh - xl), 10);
      t.fill();
      t.setColorFill(TARGET_ZONE);
      t.rectangle(x50, barY, Math.max(0, x75 - x50), 10);
      t.fill();
      t.setColorStroke(AXIS);
      t.setLineWidth(1);
      for (float x : new float[] {x50, x75}) {
        t.moveTo(x, barY - 2);
        t.lineTo(x, barY + 12);
        t.stroke();
      }
      text(t, regular, 7, AXIS, Element.ALIGN_RIGHT, r.low(), xl - 3, barY + 2);
      text(t, regular, 7, AXIS, Element.ALIGN_LEFT, r.high(), xh + 3, barY + 2);
      text(t, regular, 7, AXIS, Element.ALIGN_CENTER, "50th " + r.p50(), x50, barY - 10);
      boolean crowded = Math.abs(x75 - x50) < 70;
      text(
          t,
          regular,
          7,
          AXIS,
          Element.ALIGN_CENTER,
          "75th " + r.p75(),
          x75,
          crowded ? barY - 19 : barY - 10);
      Color marker =
          r.offeredDollars() < r.lowDollars()
              ? BAD
              : r.offeredDollars() < r.p50Dollars() ? LOW : GOOD;
      t.setColorFill(marker);
      t.moveTo(xo - 5, barY + 19);
      t.lineTo(xo + 5, barY + 19);
      t.lineTo(xo, barY + 11);
      t.closePath();
      t.fill();
      t.setColorStroke(marker);
      t.setLineWidth(1.6f);
      t.moveTo(xo, barY - 1);
      t.lineTo(xo, barY + 11);
      t.stroke();
      float labelX = Math.max(x0 + 30, Math.min(x1 - 30, xo));
      text(t, bold, 7.5f, marker, Element.ALIGN_CENTER, "Offer " + r.offered(), labelX, barY + 21);
    }
    return Image.getInstance(t);
  }

  /** One bar per year: take-home at the bottom, taxes above, the take-home share inside. */
  static Image takeHomeBars(
      PdfContentByte cb, ReportFonts fonts, float width, List<TakeHomeSection.ChartYear> years)
      throws BadElementException {
    float height = 120;
    PdfTemplate t = cb.createTemplate(width, height);
    BaseFont regular = fonts.regular();
    BaseFont boldFont = fonts.bold();
    float left = 56;
    float right = width - 118;
    float bottom = 22;
    float top = height - 16;
    long max = 1;
    for (TakeHomeSection.ChartYear y : years) {
      max = Math.max(max, y.takeHomeDollars() + y.taxDollars());
    }
    long step = niceStep(max / 4.0);
    long axisMax = ((max + step - 1) / step) * step;
    float scale = (top - bottom) / axisMax;
    t.setLineWidth(0.5f);
    for (long v = 0; v <= axisMax; v += step) {
      float y = bottom + v * scale;
      t.setColorStroke(v == 0 ? AXIS : GRID);
      t.moveTo(left, y);
      t.lineTo(right, y);
      t.stroke();
      text(t, regular, 7.5f, AXIS, Element.ALIGN_RIGHT, compact(v), left - 5, y - 2.5f);
    }
    float slot = (right - left) / Math.max(1, years.size());
    float bar = Math.min(58, slot * 0.55f);
    for (int i = 0; i < years.size(); i++) {
      TakeHomeSection.ChartYear y = years.get(i);
      float x = left + slot * i + (slot - bar) / 2;
      float kept = y.takeHomeDollars() * scale;
      float taxes = y.taxDollars() * scale;
      t.setColorFill(GOOD);
      t.rectangle(x, bottom, bar, kept);
      t.fill();
      t.setColorFill(TAXES);
      t.rectangle(x, bottom + kept, bar, taxes);
      t.fill();
      long total = y.takeHomeDollars() + y.taxDollars();
      String share = total == 0 ? "" : Math.round(100.0 * y.takeHomeDollars() / total) + "%";
      text(t, boldFont, 7.5f, Color.WHITE, Element.ALIGN_CENTER, share, x + bar / 2, bottom + 4);
      text(
          t,
          boldFont,
          8,
          TEXT,
          Element.ALIGN_CENTER,
          compact(y.takeHomeDollars()) + " kept",
          x + bar / 2,
          bottom + kept + taxes + 4);
      text(t, regular, 8.5f, TEXT, Element.ALIGN_CENTER, y.label(), x + bar / 2, bottom - 13);
    }
    float ly = top - 6;
    String[] names = {"Take-home", "Taxes"};
    Color[] colors = {GOOD, TAXES};
    for (int c = 0; c < names.length; c++) {
      t.setColorFill(colors[c]);
      t.rectangle(right + 16, ly - 1, 9, 9);
      t.fill();
      text(t, regular, 8.5f, TEXT, Element.ALIGN_LEFT, names[c], right + 30, ly);
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

  /** A round step near {@code raw}: 1, 2, 2.5 or 5 times a power of ten. */
  static long niceStep(double raw) {
    double p = Math.pow(10, Math.floor(Math.log10(Math.max(raw, 1))));
    for (double m : new double[] {1, 2, 2.5, 5, 10}) {
      if (m * p >= raw) {
        return Math.max(1, Math.round(m * p));
      }
    }
    return Math.round(10 * p);
  }

  /** Axis labels: {@code $0}, {@code $250k}, {@code $1.2M}. */
  static String compact(long dollars) {
    // Decimal arithmetic, rounded half up as %.2f and %.1f round: no Formatter or pattern per
    // label.
    if (dollars >= 1_000_000) {
      BigDecimal m = BigDecimal.valueOf(dollars, 6).setScale(2, RoundingMode.HALF_UP);
      return "$" + m.stripTrailingZeros().toPlainString() + "M";
    }
    if (dollars >= 1_000) {
      String k = BigDecimal.valueOf(dollars, 3).setScale(1, RoundingMode.HALF_UP).toPlainString();
      return "$" + (k.endsWith(".0") ? k.substring(0, k.length() - 2) : k) + "k";
    }
    return Formats.dollars(dollars);
  }
}
