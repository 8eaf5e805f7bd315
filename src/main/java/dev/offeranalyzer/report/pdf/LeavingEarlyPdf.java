package dev.offeranalyzer.report.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.PdfPTable;
import dev.offeranalyzer.report.model.LeavingEarlySection;
import dev.offeranalyzer.report.model.ReportModel;

/**
 * "If you leave early": received by part, repaid and kept after each period ({@link
 * ReportModel#leavingEarly()}).
 */
final class LeavingEarlyPdf implements PdfSection {

  static final String HEADING = "If you leave early";

  @Override
  public void write(ReportModel model, PdfToolkit kit, Document doc) throws DocumentException {
    LeavingEarlySection s = model.leavingEarly();
    float[] w = {1.1f, 1.2f, 1.1f, 1.2f, 1.3f, 1.1f, 1.3f};
    PdfPTable t = kit.section(HEADING, w, true);
    t.addCell(kit.note(s.note(), kit.small, w.length));
    kit.columnHeads(
        t,
        "Leaving after",
        "Base earned",
        "Sign-on paid",
        "RSUs vested",
        "Received",
        "Repaid",
        "Kept");
    int row = 0;
    for (LeavingEarlySection.Row r : s.rows()) {
      kit.row(
          t,
          row++,
          kit.cell(r.after(), kit.bodyBold),
          kit.number(r.baseEarned(), kit.body),
          kit.number(r.signOnPaid(), kit.body),
          kit.number(r.rsusVested(), kit.body),
          kit.number(r.received(), kit.body),
          kit.number(r.repaid(), kit.body),
          kit.number(r.kept(), kit.bodyBold));
    }
    doc.add(t);
  }
}
