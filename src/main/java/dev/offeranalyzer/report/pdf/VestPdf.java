package dev.offeranalyzer.report.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import dev.offeranalyzer.report.model.ReportModel;
import dev.offeranalyzer.report.model.ReportModel.VestRow;
import dev.offeranalyzer.report.model.ReportModel.VestSection;
import java.util.ArrayList;
import java.util.List;

/**
 * "Vest calendar": each vest with its share of the grant and value ({@link ReportModel#vest()}).
 */
final class VestPdf implements PdfSection {

  @Override
  public void write(ReportModel model, PdfToolkit kit, Document doc) throws DocumentException {
    VestSection v = model.vest();
    float[] w =
        v.withShares()
            ? new float[] {1.6f, 1, 1.2f, 1.3f, 1.5f}
            : new float[] {1.6f, 1, 1.2f, 1.5f};
    PdfPTable t = kit.section("Vest calendar", w, true);
    t.addCell(kit.note(v.note(), kit.small, w.length));
    List<String> heads = new ArrayList<>(List.of("Vests on", "Year", "% of grant"));
    if (v.withShares()) {
      heads.add("Shares");
    }
    heads.add("Value");
    kit.columnHeads(t, 2, heads.toArray(String[]::new));
    int row = 0;
    for (VestRow r : v.rows()) {
      List<PdfPCell> cells = new ArrayList<>();
      cells.add(kit.cell(r.when(), kit.body));
      cells.add(kit.cell(r.year(), kit.body));
      cells.add(kit.number(r.percentOfGrant(), kit.body));
      if (v.withShares()) {
        cells.add(kit.number(r.shares(), kit.body));
      }
      cells.add(kit.number(r.value(), kit.body));
      kit.row(t, row++, cells.toArray(PdfPCell[]::new));
    }
    List<PdfPCell> total = new ArrayList<>();
    total.add(kit.cell("Whole grant", kit.bodyBold));
    total.add(kit.cell("", kit.body));
    total.add(kit.number(v.totalPercent(), kit.bodyBold));
    if (v.withShares()) {
      total.add(kit.number(v.totalShares(), kit.bodyBold));
    }
    total.add(kit.number(v.totalValue(), kit.bodyBold));
    kit.totalRow(t, total.toArray(PdfPCell[]::new));
    doc.add(t);
  }
}
