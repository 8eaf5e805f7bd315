package dev.offeranalyzer.report.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import dev.offeranalyzer.report.model.RefreshersSection;

/** Lays out "Expected refreshers" beside the four years (left out when none are expected). */
final class RefreshersLayout {

  static final String HEADING = "Expected refreshers (beside the four years, not in them)";

  private RefreshersLayout() {}

  static void add(Document doc, SectionKit k, RefreshersSection s) throws DocumentException {
    if (!s.shown()) {
      return;
    }
    float[] w = {1.2f, 1.5f, 1.6f, 1.6f};
    PdfPTable t = k.section(HEADING, w, true);
    t.addCell(k.wide(k.p(s.note(), k.small()), w.length));
    t.addCell(k.colHead("", false));
    t.addCell(k.colHead("Contract total", true));
    t.addCell(k.colHead("Expected refreshers", true));
    t.addCell(k.colHead("With refreshers", true));
    int row = 0;
    for (RefreshersSection.Row r : s.rows()) {
      k.addRow(t, row++, cells(k, r, false));
    }
    for (PdfPCell c : cells(k, s.fourYears(), true)) {
      c.setBorder(Rectangle.TOP);
      t.addCell(c);
    }
    doc.add(t);
  }

  private static PdfPCell[] cells(SectionKit k, RefreshersSection.Row r, boolean bold) {
    var f = bold ? k.bodyBold() : k.body();
    return new PdfPCell[] {
      k.cell(r.label(), k.bodyBold()),
      k.num(r.contractTotal(), f),
      k.num(r.expectedRefreshers(), f),
      k.num(r.withRefreshers(), k.bodyBold())
    };
  }
}
