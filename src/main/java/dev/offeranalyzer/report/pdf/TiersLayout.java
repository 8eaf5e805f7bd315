package dev.offeranalyzer.report.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.PdfPTable;
import dev.offeranalyzer.report.model.TiersSection;

/** Lays out the asks by approval tier beside the full plan (left out when there are none). */
final class TiersLayout {

  static final String HEADING = "How hard to push: asks by approval";

  private TiersLayout() {}

  static void add(Document doc, SectionKit k, TiersSection s) throws DocumentException {
    if (s.rows().isEmpty()) {
      return;
    }
    float[] w = {2.6f, 1.1f, 1.2f, 1.1f, 1.4f, 0.8f};
    PdfPTable t = k.section(HEADING, w, true);
    t.addCell(k.wide(k.p(s.note(), k.small()), w.length));
    String[] heads = {"Ask", "Base", "Grant", "Sign-on", "Proposed 4-year total", "Ask %"};
    for (int i = 0; i < heads.length; i++) {
      t.addCell(k.colHead(heads[i], i > 0));
    }
    int row = 0;
    for (TiersSection.Row r : s.rows()) {
      var f = r.full() ? k.bodyBold() : k.body();
      k.addRow(
          t,
          row++,
          k.cell(r.title(), k.bodyBold()),
          k.num(r.base(), f),
          k.num(r.grant(), f),
          k.num(r.signOn(), f),
          k.num(r.proposedTotal(), k.bodyBold()),
          k.num(r.askPercent(), f));
    }
    doc.add(t);
  }
}
