package dev.offeranalyzer.report.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.PdfPTable;
import dev.offeranalyzer.report.model.LeavingEarlySection;

/** Lays out "If you leave early": received by part, repaid and kept after each period. */
final class LeavingEarlyLayout {

  static final String HEADING = "If you leave early";

  private LeavingEarlyLayout() {}

  static void add(Document doc, SectionKit k, LeavingEarlySection s) throws DocumentException {
    float[] w = {1.1f, 1.2f, 1.1f, 1.2f, 1.3f, 1.1f, 1.3f};
    PdfPTable t = k.section(HEADING, w, true);
    t.addCell(k.wide(k.p(s.note(), k.small()), w.length));
    String[] heads = {
      "Leaving after", "Base earned", "Sign-on paid", "RSUs vested", "Received", "Repaid", "Kept"
    };
    for (int i = 0; i < heads.length; i++) {
      t.addCell(k.colHead(heads[i], i > 0));
    }
    int row = 0;
    for (LeavingEarlySection.Row r : s.rows()) {
      k.addRow(
          t,
          row++,
          k.cell(r.after(), k.bodyBold()),
          k.num(r.baseEarned(), k.body()),
          k.num(r.signOnPaid(), k.body()),
          k.num(r.rsusVested(), k.body()),
          k.num(r.received(), k.body()),
          k.num(r.repaid(), k.body()),
          k.num(r.kept(), k.bodyBold()));
    }
    doc.add(t);
  }
}
