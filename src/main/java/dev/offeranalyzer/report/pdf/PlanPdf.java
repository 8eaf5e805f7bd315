package dev.offeranalyzer.report.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import dev.offeranalyzer.report.model.ReportModel;
import dev.offeranalyzer.report.model.ReportModel.LeverRow;
import dev.offeranalyzer.report.model.ReportModel.PlanSection;

/** "Counter-offer plan": the lever table and four summary tiles ({@link ReportModel#plan()}). */
final class PlanPdf implements PdfSection {

  @Override
  public void write(ReportModel model, PdfToolkit kit, Document doc) throws DocumentException {
    PlanSection plan = model.plan();
    float[] w = {1.3f, 1.05f, 1.05f, 1.0f, 1.15f, 3.4f};
    PdfPTable t = kit.section("Counter-offer plan", w, true);
    t.addCell(kit.note(plan.basis(), kit.small, w.length));
    String[] heads = {"Lever", "Offered", "Target", "Ask", "4-year value", "Why"};
    for (int i = 0; i < heads.length; i++) {
      t.addCell(kit.columnHead(heads[i], i > 0 && i < 5));
    }
    int row = 0;
    for (LeverRow l : plan.levers()) {
      kit.row(
          t,
          row++,
          kit.cell(l.lever(), kit.bodyBold),
          kit.number(l.offered(), kit.body),
          kit.number(l.target(), kit.bodyBold),
          kit.number(l.ask(), kit.body),
          kit.number(l.fourYearValue(), kit.body),
          kit.cell(l.why(), kit.small));
    }
    PdfPTable sum = new PdfPTable(4);
    sum.setWidthPercentage(100);
    sum.addCell(kit.tile("Offered 4-year total", plan.offeredTotal(), null, PdfToolkit.NAVY));
    sum.addCell(kit.tile("Proposed 4-year total", plan.proposedTotal(), null, PdfToolkit.NAVY));
    sum.addCell(kit.tile("Increase", plan.increase(), plan.askPercent(), PdfToolkit.GREEN));
    sum.addCell(kit.tile("Approval needed", plan.approval(), "for the whole ask", PdfToolkit.NAVY));
    PdfPCell sumCell = kit.spanning(new PdfPCell(sum), w.length);
    sumCell.setPaddingTop(8);
    sumCell.setPaddingLeft(0);
    sumCell.setPaddingRight(0);
    t.addCell(sumCell);
    doc.add(t);
  }
}
