package dev.offeranalyzer.report.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import dev.offeranalyzer.report.model.ReportModel;
import dev.offeranalyzer.report.model.ReportModel.YearRow;
import dev.offeranalyzer.report.model.ReportModel.YearsSection;

/** "The four years": a stacked bar chart and the year table ({@link ReportModel#years()}). */
final class YearsPdf implements PdfSection {

  @Override
  public void write(ReportModel model, PdfToolkit kit, Document doc) throws DocumentException {
    YearsSection years = model.years();
    float[] w = {1.0f, 1.3f, 1.2f, 1.3f, 1.2f, 1.4f, 1.9f};
    PdfPTable t = kit.section("The four years", w, true);
    t.addCell(
        kit.chart(
            Charts.yearBars(kit.canvas(), kit.fonts(), kit.contentWidth(), years.rows()),
            w.length,
            8));
    kit.columnHeads(t, "", "Base", "Sign-on", "RSU", "Cash bonus", "Total", "Change");
    int row = 0;
    for (YearRow y : years.rows()) {
      kit.row(t, row++, cells(kit, y, kit.body));
    }
    kit.totalRow(t, cells(kit, years.fourYears(), kit.bodyBold));
    t.addCell(kit.note(years.note(), kit.small, w.length));
    doc.add(t);
  }

  private static PdfPCell[] cells(PdfToolkit kit, YearRow y, Font f) {
    return new PdfPCell[] {
      kit.cell(y.label(), kit.isBold(f) ? f : kit.bodyBold),
      kit.number(y.base(), f),
      kit.number(y.signOn(), f),
      kit.number(y.rsu(), f),
      kit.number(y.bonus(), f),
      kit.number(y.total(), kit.bodyBold),
      kit.number(y.change(), f)
    };
  }
}
