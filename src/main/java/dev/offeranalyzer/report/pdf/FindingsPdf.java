package dev.offeranalyzer.report.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import dev.offeranalyzer.report.model.ReportModel;
import dev.offeranalyzer.report.model.ReportModel.FindingItem;
import dev.offeranalyzer.rules.Severity;
import java.awt.Color;
import java.util.Locale;

/** "Findings": one card per finding, tagged with its severity ({@link ReportModel#findings()}). */
final class FindingsPdf implements PdfSection {

  @Override
  public void write(ReportModel model, PdfToolkit kit, Document doc) throws DocumentException {
    PdfPTable t = kit.section("Findings", new float[] {1.1f, 6}, false);
    if (model.findings().isEmpty()) {
      t.addCell(kit.note("Nothing to flag in this offer.", kit.body, 2));
    }
    for (FindingItem f : model.findings()) {
      t.addCell(kit.tag(f.severityLabel().toUpperCase(Locale.ROOT), color(f.severity())));
      Paragraph para = new Paragraph();
      para.add(kit.text(f.title(), kit.bodyBold));
      if (!f.figures().isEmpty()) {
        para.add(kit.newline());
        para.add(kit.text(f.figures(), kit.body));
      }
      if (!f.advice().isEmpty()) {
        para.add(kit.newline());
        para.add(kit.text("What to do: ", kit.smallBold));
        para.add(kit.text(f.advice(), kit.body));
      }
      t.addCell(kit.card(para));
    }
    doc.add(t);
  }

  static Color color(Severity s) {
    return switch (s) {
      case RED_FLAG -> PdfToolkit.RED;
      case WARNING -> PdfToolkit.AMBER;
      case OPPORTUNITY -> PdfToolkit.BLUE;
      case INFO -> PdfToolkit.GREY;
    };
  }
}
