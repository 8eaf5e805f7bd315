package dev.offeranalyzer.report.pdf;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import dev.offeranalyzer.report.model.NegotiationSoFar;
import java.awt.Color;

/**
 * Lays out the section "Negotiation so far" ({@link NegotiationSoFar}): a heading, the versions as
 * a table (version, date, 4-year total, change, since version 1), then the levers that moved and
 * how much of the previous plan each got. Kept together on one page where it fits.
 */
final class NegotiationSection {

  private final Font heading;
  private final Font body;
  private final Font bodyBold;
  private final Font small;
  private final Color rule;
  private final Color zebra;

  NegotiationSection(Font heading, Font body, Font bodyBold, Font small, Color rule, Color zebra) {
    this.heading = heading;
    this.body = body;
    this.bodyBold = bodyBold;
    this.small = small;
    this.rule = rule;
    this.zebra = zebra;
  }

  /** The section as one table. */
  PdfPTable table(NegotiationSoFar n) {
    float[] widths = {0.8f, 1.4f, 1.5f, 1.5f, 1.5f};
    PdfPTable t = new PdfPTable(widths);
    t.setWidthPercentage(100);
    t.setSpacingBefore(16);
    t.setSplitRows(false);
    t.setKeepTogether(true);
    PdfPCell title = new PdfPCell(new Phrase(NegotiationSoFar.TITLE, heading));
    title.setColspan(widths.length);
    title.setBorder(Rectangle.NO_BORDER);
    title.setPaddingBottom(6);
    t.addCell(title);
    t.addCell(wide(n.summary(), body, widths.length));
    String[] heads = {"Version", "Seen", "4-year total", "Change", "Since version 1"};
    for (int i = 0; i < heads.length; i++) {
      t.addCell(cell(heads[i], bodyBold, i > 1, null));
    }
    int row = 0;
    for (NegotiationSoFar.Row r : n.versions()) {
      Color bg = row++ % 2 == 1 ? zebra : null;
      t.addCell(cell(r.version(), body, false, bg));
      t.addCell(cell(r.seen(), body, false, bg));
      t.addCell(cell(r.fourYearTotal(), bodyBold, true, bg));
      t.addCell(cell(r.change(), body, true, bg));
      t.addCell(cell(r.sinceFirst(), body, true, bg));
    }
    t.addCell(wide("What moved since the previous version", bodyBold, widths.length));
    n.moved().forEach(line -> t.addCell(wide("\u2022 " + line, body, widths.length)));
    if (!n.planOutcome().isEmpty()) {
      t.addCell(wide("What the previous plan's asks got", bodyBold, widths.length));
      n.planOutcome().forEach(line -> t.addCell(wide("\u2022 " + line, body, widths.length)));
    }
    return t;
  }

  private PdfPCell cell(String text, Font font, boolean right, Color bg) {
    PdfPCell c = new PdfPCell(new Phrase(text, font));
    c.setBorder(Rectangle.BOTTOM);
    c.setBorderColor(rule);
    c.setPadding(4);
    if (right) {
      c.setHorizontalAlignment(Element.ALIGN_RIGHT);
    }
    if (bg != null) {
      c.setBackgroundColor(bg);
    }
    return c;
  }

  private PdfPCell wide(String text, Font font, int span) {
    PdfPCell c = new PdfPCell(new Phrase(text, font == small ? small : font));
    c.setColspan(span);
    c.setBorder(Rectangle.NO_BORDER);
    c.setPaddingTop(5);
    c.setPaddingBottom(2);
    return c;
  }
}
