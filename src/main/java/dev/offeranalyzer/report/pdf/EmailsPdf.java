package dev.offeranalyzer.report.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import dev.offeranalyzer.report.model.ReportModel;
import dev.offeranalyzer.report.model.ReportModel.EmailDraft;

/** One section per email draft, the text in a quoted box ({@link ReportModel#emails()}). */
final class EmailsPdf implements PdfSection {

  @Override
  public void write(ReportModel model, PdfToolkit kit, Document doc) throws DocumentException {
    for (EmailDraft e : model.emails()) {
      PdfPTable t = kit.section(e.title(), new float[] {1}, true);
      t.addCell(kit.note(e.instruction(), kit.small, 1));
      Paragraph para = new Paragraph();
      para.add(kit.text("Subject: ", kit.bodyBold));
      para.add(kit.text(e.subject(), kit.body));
      para.add(kit.newline());
      para.add(kit.newline());
      for (String line : e.body()) {
        para.add(kit.text(line, kit.body));
        para.add(kit.newline());
      }
      PdfPCell c = new PdfPCell(para);
      c.setBorder(Rectangle.LEFT);
      c.setBorderColor(PdfToolkit.NAVY);
      c.setBorderWidth(2);
      c.setBackgroundColor(PdfToolkit.ZEBRA);
      c.setPadding(10);
      c.setLeading(0, 1.35f);
      t.addCell(c);
      doc.add(t);
    }
  }
}
