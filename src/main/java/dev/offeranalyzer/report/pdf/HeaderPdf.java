package dev.offeranalyzer.report.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import dev.offeranalyzer.report.model.ReportModel;
import dev.offeranalyzer.report.model.ReportModel.Fact;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Page 1's top: the coach's logo and name, the report date, the candidate's name and the offer's
 * facts ({@link ReportModel#branding()}, {@link ReportModel#header()}). Keeps each logo's bytes
 * once per run.
 */
final class HeaderPdf implements PdfSection {

  private final Map<Path, byte[]> logos = new ConcurrentHashMap<>();

  @Override
  public void write(ReportModel model, PdfToolkit kit, Document doc) throws DocumentException {
    PdfPTable top = new PdfPTable(new float[] {3, 2});
    top.setWidthPercentage(100);
    PdfPCell brand = new PdfPCell();
    brand.setBorder(Rectangle.NO_BORDER);
    brand.setPadding(0);
    Image logo = logo(model.branding().logo(), kit);
    if (logo != null) {
      logo.scaleToFit(140, 40);
      brand.addElement(logo);
    }
    Paragraph who = kit.paragraph(model.branding().preparedBy(), kit.bodyBold);
    if (model.branding().contact() != null) {
      who.add(kit.newline());
      who.add(kit.text(model.branding().contact(), kit.small));
    }
    brand.addElement(who);
    top.addCell(brand);
    PdfPCell right = new PdfPCell();
    right.setBorder(Rectangle.NO_BORDER);
    right.setPadding(0);
    Paragraph r = kit.paragraph("Offer report", kit.bodyBold);
    r.add(kit.newline());
    r.add(kit.text("Report date " + model.reportDate(), kit.small));
    r.setAlignment(Element.ALIGN_RIGHT);
    right.addElement(r);
    top.addCell(right);
    doc.add(top);

    Paragraph name = kit.paragraph(model.header().title(), kit.title);
    name.setSpacingBefore(14);
    name.setLeading(24);
    doc.add(name);
    Paragraph sub = kit.paragraph(model.header().subtitle(), kit.subtitle);
    sub.setSpacingAfter(8);
    doc.add(sub);

    PdfPTable facts = kit.table(new float[] {1.6f, 1.9f, 1.6f, 1.9f});
    facts.getDefaultCell().setBorder(Rectangle.NO_BORDER);
    List<Fact> list = model.header().facts();
    for (Fact f : list) {
      PdfPCell l = kit.cell(f.label(), kit.label);
      PdfPCell v = kit.cell(f.value(), kit.body);
      for (PdfPCell c : new PdfPCell[] {l, v}) {
        c.setBorder(Rectangle.NO_BORDER);
        c.setPaddingTop(2);
        c.setPaddingBottom(2);
      }
      l.setPaddingLeft(0);
      facts.addCell(l);
      facts.addCell(v);
    }
    facts.completeRow();
    doc.add(facts);
  }

  private Image logo(Path path, PdfToolkit kit) {
    if (path == null) {
      return null;
    }
    try {
      byte[] bytes = logos.get(path);
      if (bytes == null) {
        bytes = Files.readAllBytes(path);
        logos.put(path, bytes);
      }
      return Image.getInstance(bytes);
    } catch (IOException | RuntimeException e) {
      kit.warn("logo " + path + " could not be used (" + e.getMessage() + "); left out");
      return null;
    }
  }
}
