package dev.offeranalyzer.report.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.PdfPTable;
import dev.offeranalyzer.report.model.ReportModel;
import dev.offeranalyzer.report.model.ReportModel.ScenarioRow;
import dev.offeranalyzer.report.model.ReportModel.ScenarioSection;

/**
 * "Stock scenarios": the 4-year total at each share-price change ({@link ReportModel#scenarios()}).
 */
final class ScenariosPdf implements PdfSection {

  @Override
  public void write(ReportModel model, PdfToolkit kit, Document doc) throws DocumentException {
    ScenarioSection s = model.scenarios();
    float[] w = {2.6f, 1.5f, 1.5f, 1.6f};
    PdfPTable t = kit.section("Stock scenarios", w, true);
    t.addCell(kit.note(s.note(), kit.small, w.length));
    kit.columnHeads(t, "Share price change", "4-year total", "4-year average", "vs assumption");
    int row = 0;
    for (ScenarioRow r : s.rows()) {
      kit.row(
          t,
          row++,
          kit.cell(r.growth(), kit.body),
          kit.number(r.fourYearTotal(), kit.bodyBold),
          kit.number(r.fourYearAverage(), kit.body),
          kit.number(r.vsOffer(), kit.body));
    }
    doc.add(t);
  }
}
