package dev.offeranalyzer.report.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import dev.offeranalyzer.report.model.ReportModel;

/** Running title on later pages; footer with coach, report date and "Page X of Y". */
final class PdfFooter extends PdfPageEventHelper {

  /** The width of showTextAligned's column: any footer text fits on one line. */
  private static final float ONE_LINE = 20000;

  private final ReportModel model;
  private final ReportFonts fonts;
  private PdfToolkit kit;
  private PdfTemplate total;
  private int pages;

  PdfFooter(ReportModel model, ReportFonts fonts) {
    this.model = model;
    this.fonts = fonts;
  }

  /** The toolkit of this rendering, set before the document opens. */
  void use(PdfToolkit kit) {
    this.kit = kit;
  }

  /** The page count, known once the document is closed. */
  int pages() {
    return pages;
  }

  @Override
  public void onOpenDocument(PdfWriter writer, Document document) {
    total = writer.getDirectContent().createTemplate(30, 12);
  }

  @Override
  public void onEndPage(PdfWriter writer, Document document) {
    PdfContentByte cb = writer.getDirectContent();
    Rectangle page = document.getPageSize();
    float left = document.left();
    float right = document.right();
    BaseFont r = fonts.regular();
    cb.saveState();
    cb.setColorStroke(PdfToolkit.RULE);
    cb.setLineWidth(0.5f);
    cb.moveTo(left, 36);
    cb.lineTo(right, 36);
    cb.stroke();
    String foot = model.branding().preparedBy() + " · Report date " + model.reportDate();
    line(cb, kit.text(foot, kit.foot), left, 24);
    if (writer.getPageNumber() > 1) {
      line(cb, kit.text(model.documentTitle(), kit.foot), left, page.getHeight() - 30);
    }
    String pageText = "Page " + writer.getPageNumber() + " of ";
    float pw = r.getWidthPoint(pageText, 7.5f);
    float reserve = r.getWidthPoint("00", 7.5f);
    cb.beginText();
    cb.setFontAndSize(r, 7.5f);
    cb.setColorFill(PdfToolkit.MUTED);
    cb.showTextAligned(Element.ALIGN_LEFT, pageText, right - reserve - pw, 24, 0);
    cb.endText();
    cb.addTemplate(total, right - reserve, 24);
    cb.restoreState();
  }

  /**
   * {@code ColumnText.showTextAligned(cb, ALIGN_LEFT, phrase, x, baseline, 0)}: one line of text
   * from {@code x} on {@code baseline}, drawn by {@link TextLines} when it can (the same place, as
   * OpenPDF's column of leading 2 from {@code baseline + 2} puts it), else by OpenPDF.
   */
  private void line(PdfContentByte cb, Phrase phrase, float x, float baseline) {
    TextLines text = TextLines.of(phrase);
    if (text == null) {
      ColumnText.showTextAligned(cb, Element.ALIGN_LEFT, phrase, x, baseline, 0);
      return;
    }
    text.layout(fonts, ONE_LINE, 2, 0).draw(cb, x, x + ONE_LINE, baseline + 2, Element.ALIGN_LEFT);
  }

  @Override
  public void onCloseDocument(PdfWriter writer, Document document) {
    // Called once the last page is closed, when the writer already counts the next one.
    pages = writer.getPageNumber() - 1;
    total.beginText();
    total.setFontAndSize(fonts.regular(), 7.5f);
    total.setColorFill(PdfToolkit.MUTED);
    total.showTextAligned(Element.ALIGN_LEFT, String.valueOf(pages), 0, 0, 0);
    total.endText();
  }
}
