package dev.offeranalyzer.report.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import dev.offeranalyzer.report.model.RefreshersSection;
import dev.offeranalyzer.report.model.ReportModel;

/**
 * "Expected refreshers" beside the four years ({@link ReportModel#refreshers()}); left out when the
 * offer expects none.
 */
final class RefreshersPdf implements PdfSection {

  static final String HEADING = "Expected refreshers (beside the four years, not in them)";

  @Override
  public void write(ReportModel model, PdfToolkit kit, Document doc) throws DocumentException {
    RefreshersSection s = model.refreshers();
    if (!s.shown()) {
      return;
    }
    float[] w = {1.2f, 1.5f, 1.6f, 1.6f};
    PdfPTable t = kit.section(HEADING, w, true);
    t.addCell(kit.note(s.note(), kit.small, w.length));
    kit.columnHeads(t, "", "Contract total", "Expected refreshers", "With refreshers");
    int row = 0;
    for (RefreshersSection.Row r : s.rows()) {
      kit.row(t, row++, cells(kit, r, kit.body));
    }
    kit.totalRow(t, cells(kit, s.fourYears(), kit.bodyBold));
    doc.add(t);
  }

  private static PdfPCell[] cells(PdfToolkit kit, RefreshersSection.Row r, Font f) {
    return new PdfPCell[] {
      kit.cell(r.label(), kit.bodyBold),
      kit.number(r.contractTotal(), f),
      kit.number(r.expectedRefreshers(), f),
      kit.number(r.withRefreshers(), kit.bodyBold)
    };
  }
}
