package dev.offeranalyzer.report.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import dev.offeranalyzer.report.model.ReportModel;

/** "Assumptions" as bullets, then the disclaimer ({@link ReportModel#assumptions()}). */
final class AssumptionsPdf implements PdfSection {

  @Override
  public void write(ReportModel model, PdfToolkit kit, Document doc) throws DocumentException {
    PdfPTable t = kit.section("Assumptions", new float[] {1}, true);
    for (String a : model.assumptions()) {
      PdfPCell c = kit.note("• " + a, kit.body, 1);
      c.setPaddingTop(1);
      c.setPaddingBottom(2);
      t.addCell(c);
    }
    PdfPCell d = new PdfPCell(kit.text(model.disclaimer(), kit.smallBold));
    d.setBorder(Rectangle.TOP);
    d.setBorderColor(PdfToolkit.RULE);
    d.setPaddingTop(8);
    d.setPaddingLeft(0);
    d.setLeading(0, 1.3f);
    t.addCell(d);
    doc.add(t);
  }
}
