package dev.offeranalyzer.report.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.pdf.PdfPTable;
import dev.offeranalyzer.report.model.ReportModel;
import dev.offeranalyzer.report.model.ReportModel.CompetitorRow;
import dev.offeranalyzer.report.model.ReportModel.CompetitorsSection;

/**
 * "Competing offers": this offer beside the candidate's others ({@link ReportModel#competitors()}).
 */
final class CompetitorsPdf implements PdfSection {

  @Override
  public void write(ReportModel model, PdfToolkit kit, Document doc) throws DocumentException {
    CompetitorsSection c = model.competitors();
    float[] w = {2.75f, 0.85f, 0.9f, 1.05f, 1.15f, 0.85f, 1.0f};
    PdfPTable t = kit.section("Competing offers", w, true);
    t.addCell(kit.note(c.message(), c.rows().isEmpty() ? kit.body : kit.small, w.length));
    if (!c.rows().isEmpty()) {
      kit.columnHeads(
          t,
          2,
          "Offer",
          "Location",
          "Year 1",
          "4-year total",
          "4-year average",
          "vs this",
          "Take-home");
      int row = 0;
      for (CompetitorRow r : c.rows()) {
        Font f = r.thisOffer() ? kit.bodyBold : kit.body;
        kit.row(
            t,
            row++,
            kit.cell(r.offer(), f),
            kit.cell(r.location(), f),
            kit.number(r.year1(), f),
            kit.number(r.fourYearTotal(), f),
            kit.number(r.fourYearAverage(), kit.bodyBold),
            kit.number(r.vsThis(), f),
            kit.number(r.fourYearTakeHome(), f));
      }
    }
    doc.add(t);
  }
}
