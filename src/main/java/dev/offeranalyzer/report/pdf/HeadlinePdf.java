package dev.offeranalyzer.report.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import dev.offeranalyzer.report.model.ReportModel;
import dev.offeranalyzer.report.model.ReportModel.Headline;

/** The four headline tiles and the verdict line ({@link ReportModel#headline()}). */
final class HeadlinePdf implements PdfSection {

  @Override
  public void write(ReportModel model, PdfToolkit kit, Document doc) throws DocumentException {
    Headline h = model.headline();
    PdfPTable t = new PdfPTable(4);
    t.setWidthPercentage(100);
    t.setSpacingBefore(12);
    t.addCell(kit.tile("4-year total", h.fourYearTotal(), null, PdfToolkit.NAVY));
    t.addCell(kit.tile("4-year average", h.fourYearAverage(), h.hourlyRate(), PdfToolkit.NAVY));
    t.addCell(kit.tile("Market position", h.marketPosition(), null, PdfToolkit.NAVY));
    t.addCell(
        kit.tile(
            "Red flags",
            String.valueOf(h.redFlagCount()),
            h.redFlags(),
            h.redFlagCount() > 0 ? PdfToolkit.RED : PdfToolkit.GREEN));
    PdfPCell verdict = new PdfPCell(kit.text(h.verdict(), kit.bodyBold));
    verdict.setColspan(4);
    verdict.setBorder(Rectangle.NO_BORDER);
    verdict.setBackgroundColor(PdfToolkit.TILE_BG);
    verdict.setPadding(7);
    verdict.setPaddingLeft(10);
    t.addCell(verdict);
    doc.add(t);
  }
}
