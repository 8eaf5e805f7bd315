package dev.offeranalyzer.report.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.PdfPTable;
import dev.offeranalyzer.report.model.NegotiationSoFar;
import dev.offeranalyzer.report.model.ReportModel;

/**
 * "Negotiation so far" ({@link ReportModel#negotiation()}), from an offer's version 2 on: the
 * summary line, the versions as a table (version, date, 4-year total, change, since version 1),
 * then the levers that moved and how much of the previous plan each got. Kept together on one page
 * where it fits; absent for a first version.
 */
final class NegotiationPdf implements PdfSection {

  @Override
  public void write(ReportModel model, PdfToolkit kit, Document doc) throws DocumentException {
    NegotiationSoFar n = model.negotiation();
    if (n == null) {
      return;
    }
    float[] w = {0.8f, 1.4f, 1.5f, 1.5f, 1.5f};
    PdfPTable t = kit.section(NegotiationSoFar.TITLE, w, true);
    t.addCell(kit.note(n.summary(), kit.body, w.length));
    kit.columnHeads(t, 2, "Version", "Seen", "4-year total", "Change", "Since version 1");
    int row = 0;
    for (NegotiationSoFar.Row r : n.versions()) {
      kit.row(
          t,
          row++,
          kit.cell(r.version(), kit.body),
          kit.cell(r.seen(), kit.body),
          kit.number(r.fourYearTotal(), kit.bodyBold),
          kit.number(r.change(), kit.body),
          kit.number(r.sinceFirst(), kit.body));
    }
    t.addCell(kit.note("What moved since the previous version", kit.bodyBold, w.length));
    n.moved().forEach(line -> t.addCell(kit.note("\u2022 " + line, kit.body, w.length)));
    if (!n.planOutcome().isEmpty()) {
      t.addCell(kit.note("What the previous plan's asks got", kit.bodyBold, w.length));
      n.planOutcome().forEach(line -> t.addCell(kit.note("\u2022 " + line, kit.body, w.length)));
    }
    doc.add(t);
  }
}
