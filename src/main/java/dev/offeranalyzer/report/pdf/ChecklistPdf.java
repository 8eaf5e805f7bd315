package dev.offeranalyzer.report.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import dev.offeranalyzer.report.model.ReportModel;
import dev.offeranalyzer.report.model.ReportModel.CheckStatus;
import dev.offeranalyzer.report.model.ReportModel.ChecklistGroup;
import dev.offeranalyzer.report.model.ReportModel.ChecklistItem;
import java.awt.Color;

/** "Negotiation checklist": groups of items with a status tag ({@link ReportModel#checklist()}). */
final class ChecklistPdf implements PdfSection {

  @Override
  public void write(ReportModel model, PdfToolkit kit, Document doc) throws DocumentException {
    float[] w = {0.75f, 3.3f, 3.0f};
    // The section may run over a page, but each group (its title and items) stays together:
    // a group is one unsplittable row holding its own table.
    PdfPTable t = kit.section("Negotiation checklist", w, false);
    for (ChecklistGroup g : model.checklist()) {
      PdfPTable group = kit.table(w);
      PdfPCell gh = kit.note(g.title(), kit.bodyBold, 3);
      gh.setPaddingTop(6);
      group.addCell(gh);
      for (ChecklistItem i : g.items()) {
        group.addCell(kit.tag(i.status().label(), color(i.status())));
        group.addCell(kit.cell(i.text(), kit.body));
        group.addCell(kit.cell(i.because(), kit.small));
      }
      PdfPCell holder = kit.spanning(new PdfPCell(group), 3);
      holder.setPadding(0);
      t.addCell(holder);
    }
    doc.add(t);
  }

  static Color color(CheckStatus s) {
    return switch (s) {
      case DONE -> PdfToolkit.GREEN;
      case OPEN -> PdfToolkit.AMBER;
      case NOT_APPLICABLE -> PdfToolkit.GREY;
    };
  }
}
