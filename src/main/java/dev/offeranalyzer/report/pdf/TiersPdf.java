package dev.offeranalyzer.report.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.pdf.PdfPTable;
import dev.offeranalyzer.report.model.ReportModel;
import dev.offeranalyzer.report.model.TiersSection;

/**
 * "How hard to push": the largest ask within each lower approval tier beside the full plan ({@link
 * ReportModel#tiers()}); left out when the full plan is within the recruiter's own approval.
 */
final class TiersPdf implements PdfSection {

  static final String HEADING = "How hard to push: asks by approval";

  @Override
  public void write(ReportModel model, PdfToolkit kit, Document doc) throws DocumentException {
    TiersSection s = model.tiers();
    if (s.rows().isEmpty()) {
      return;
    }
    float[] w = {2.6f, 1.1f, 1.2f, 1.1f, 1.4f, 0.8f};
    PdfPTable t = kit.section(HEADING, w, true);
    t.addCell(kit.note(s.note(), kit.small, w.length));
    kit.columnHeads(t, "Ask", "Base", "Grant", "Sign-on", "Proposed 4-year total", "Ask %");
    int row = 0;
    for (TiersSection.Row r : s.rows()) {
      Font f = r.full() ? kit.bodyBold : kit.body;
      kit.row(
          t,
          row++,
          kit.cell(r.title(), kit.bodyBold),
          kit.number(r.base(), f),
          kit.number(r.grant(), f),
          kit.number(r.signOn(), f),
          kit.number(r.proposedTotal(), kit.bodyBold),
          kit.number(r.askPercent(), f));
    }
    doc.add(t);
  }
}
