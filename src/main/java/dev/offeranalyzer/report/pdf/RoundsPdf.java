package dev.offeranalyzer.report.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import dev.offeranalyzer.report.model.ReportModel;
import dev.offeranalyzer.report.model.ReportModel.NonMoneyItem;
import dev.offeranalyzer.report.model.ReportModel.PlanSection;
import dev.offeranalyzer.report.model.ReportModel.RoundItem;

/**
 * "Negotiation rounds": one card per round, then the levers beyond money ({@link
 * PlanSection#rounds()}, {@link PlanSection#nonMoney()}).
 */
final class RoundsPdf implements PdfSection {

  @Override
  public void write(ReportModel model, PdfToolkit kit, Document doc) throws DocumentException {
    PlanSection plan = model.plan();
    PdfPTable rounds = kit.section("Negotiation rounds", new float[] {1.25f, 6}, true);
    for (RoundItem r : plan.rounds()) {
      Paragraph para = new Paragraph();
      para.add(kit.text(r.asks(), kit.bodyBold));
      para.add(kit.newline());
      para.add(kit.text(r.approach(), kit.body));
      rounds.addCell(kit.tag(r.title(), PdfToolkit.NAVY));
      rounds.addCell(kit.card(para));
    }
    if (plan.rounds().isEmpty()) {
      rounds.addCell(kit.note("No money ask: the offer meets every target.", kit.body, 2));
    }
    if (!plan.nonMoney().isEmpty()) {
      PdfPCell sub = kit.note("Beyond money", kit.bodyBold, 2);
      sub.setPaddingTop(8);
      rounds.addCell(sub);
      for (NonMoneyItem n : plan.nonMoney()) {
        rounds.addCell(kit.cell(n.lever(), kit.bodyBold));
        rounds.addCell(kit.cell(n.advice(), kit.body));
      }
    }
    doc.add(rounds);
  }
}
