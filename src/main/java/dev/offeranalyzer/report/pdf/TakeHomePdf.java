package dev.offeranalyzer.report.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import dev.offeranalyzer.report.model.ReportModel;
import dev.offeranalyzer.report.model.TakeHomeSection;
import java.util.ArrayList;
import java.util.List;

/**
 * "What you keep" (SPEC section 12, {@link ReportModel#takeHome()}): a bar per year split into
 * take-home and taxes, the per-year table, the sentence on the year-1 bill and the assumptions.
 */
final class TakeHomePdf implements PdfSection {

  @Override
  public void write(ReportModel model, PdfToolkit kit, Document doc) throws DocumentException {
    TakeHomeSection s = model.takeHome();
    if (!s.available()) {
      PdfPTable t = kit.section("What you keep", new float[] {1}, true);
      t.addCell(kit.note(s.message(), kit.body, 1));
      doc.add(t);
      return;
    }
    int cols = 1 + s.columns().size();
    float[] w = new float[cols];
    w[0] = 2.6f;
    for (int i = 1; i < cols; i++) {
      w[i] = 1.0f;
    }
    PdfPTable t = kit.section("What you keep", w, true);
    t.addCell(kit.note(s.intro(), kit.small, cols));
    t.addCell(
        kit.chart(
            Charts.takeHomeBars(kit.canvas(), kit.fonts(), kit.contentWidth(), s.chart()),
            cols,
            6));
    List<String> heads = new ArrayList<>();
    heads.add("");
    heads.addAll(s.columns());
    kit.columnHeads(t, heads.toArray(String[]::new));
    int row = 0;
    for (TakeHomeSection.Line line : s.lines()) {
      Font f = line.emphasis() ? kit.bodyBold : kit.body;
      List<PdfPCell> cells = new ArrayList<>();
      cells.add(kit.cell(line.label(), f));
      for (String v : line.values()) {
        cells.add(kit.number(v, f));
      }
      kit.row(t, row++, cells.toArray(PdfPCell[]::new));
    }
    t.addCell(kit.note(s.bill(), kit.bodyBold, cols));
    t.addCell(kit.note("Assumptions: " + String.join(" ", s.assumptions()), kit.small, cols));
    doc.add(t);
  }
}
