package dev.offeranalyzer.report.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.PdfPTable;
import dev.offeranalyzer.report.model.ReportModel;
import dev.offeranalyzer.report.model.ReportModel.MarketRow;
import dev.offeranalyzer.report.model.ReportModel.MarketSection;

/** "Market comparison": range bars and the band table ({@link ReportModel#market()}). */
final class MarketPdf implements PdfSection {

  @Override
  public void write(ReportModel model, PdfToolkit kit, Document doc) throws DocumentException {
    MarketSection m = model.market();
    float[] w = {2.0f, 1.1f, 1.1f, 1.1f, 1.1f, 1.1f, 1.6f};
    PdfPTable t = kit.section("Market comparison", w, true);
    t.addCell(kit.note(m.message(), m.available() ? kit.small : kit.bodyBold, w.length));
    if (m.available()) {
      t.addCell(
          kit.chart(
              Charts.rangeBars(kit.canvas(), kit.fonts(), kit.contentWidth(), m.rows()),
              w.length,
              6));
      kit.columnHeads(t, "Component", "Low", "50th", "75th", "High", "Offer", "Position");
      int row = 0;
      for (MarketRow r : m.rows()) {
        kit.row(
            t,
            row++,
            kit.cell(r.label(), kit.bodyBold),
            kit.number(r.low(), kit.body),
            kit.number(r.p50(), kit.body),
            kit.number(r.p75(), kit.body),
            kit.number(r.high(), kit.body),
            kit.number(r.offered(), kit.bodyBold),
            kit.number(r.position(), kit.body));
      }
    }
    doc.add(t);
  }
}
