package dev.offeranalyzer.report.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPCellEvent;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;

/**
 * A section table, always laid out across the full width between the margins, whose one-line text
 * cells are drawn directly instead of by OpenPDF's text layout.
 *
 * <p>OpenPDF lays every cell's text out twice, once to measure the row and once to write it: most
 * of a report's time (docs/performance.md). Here, a cell holding one run of text in one font, with
 * no line break, that fits its column with room to spare, gets its height computed (padding, one
 * line's leading, padding: what the layout would find) and its text drawn by a cell event at the
 * very position the layout would have put it. Any other cell (wrapping text, several fonts, a
 * nested table, an image) is laid out by OpenPDF as before.
 */
final class SectionTable extends PdfPTable {

  /** Room kept between a one-line text and the column's edge, in points. */
  static final float SLACK = 1;

  /**
   * @param relativeWidths the columns' relative widths
   * @param contentWidth the width between the page margins, which the table fills
   */
  SectionTable(float[] relativeWidths, float contentWidth) {
    super(relativeWidths);
    setWidthPercentage(100);
    setTotalWidth(contentWidth);
  }

  @Override
  public PdfPCell addCell(PdfPCell cell) {
    int first = currentRowIdx;
    int span = Math.max(1, Math.min(cell.getColspan(), absoluteWidths.length - first));
    float width = 0;
    for (int k = first; k < first + span && k < absoluteWidths.length; k++) {
      width += absoluteWidths[k];
    }
    return super.addCell(oneLine(cell, width));
  }

  /**
   * {@code cell} as a cell drawn directly when it holds one line that fits {@code width}, else
   * {@code cell} itself.
   */
  static PdfPCell oneLine(PdfPCell cell, float width) {
    Phrase phrase = cell.getPhrase();
    if (phrase == null
        || cell.getCellEvent() != null
        || cell.getRotation() != 0
        || cell.hasFixedHeight()
        || cell.getMinimumHeight() > 0
        || cell.isUseAscender()
        || cell.isUseDescender()
        || cell.getRunDirection() == PdfWriter.RUN_DIRECTION_RTL
        || phrase.size() != 1
        || !(phrase.get(0) instanceof Chunk chunk)
        || chunk.hasAttributes()) {
      return cell;
    }
    Font font = chunk.getFont();
    BaseFont base = font.getBaseFont();
    String text = chunk.getContent();
    if (base == null || text.isEmpty() || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
      return cell;
    }
    float size = font.getSize();
    float textWidth = base.getWidthPoint(text, size);
    float room = width - cell.getEffectivePaddingLeft() - cell.getEffectivePaddingRight() - SLACK;
    if (textWidth > room) {
      return cell;
    }
    // The layout moves down one line's leading to the first baseline: the fixed leading plus the
    // multiplied leading times the font size.
    float leading = cell.getLeading() + cell.getMultipliedLeading() * size;
    PdfPCell drawn = new PdfPCell(cell);
    drawn.setPhrase(null);
    drawn.setFixedHeight(
        cell.getEffectivePaddingTop() + leading + cell.getEffectivePaddingBottom());
    drawn.setCellEvent(new OneLine(text, base, size, leading, font.getColor(), textWidth));
    return drawn;
  }

  /** Draws a one-line text where OpenPDF's layout would have put it in the cell. */
  private record OneLine(
      String text, BaseFont font, float size, float leading, Color color, float width)
      implements PdfPCellEvent {

    @Override
    public void cellLayout(PdfPCell cell, Rectangle position, PdfContentByte[] canvases) {
      float height = cell.getFixedHeight();
      float top = position.getTop() - cell.getEffectivePaddingTop();
      float extra = position.getHeight() - height;
      if (extra > 0) {
        switch (cell.getVerticalAlignment()) {
          case Element.ALIGN_MIDDLE -> top -= extra / 2;
          case Element.ALIGN_BOTTOM -> top -= extra;
          default -> {}
        }
      }
      float left = position.getLeft() + cell.getEffectivePaddingLeft();
      float right = position.getRight() - cell.getEffectivePaddingRight();
      float x =
          switch (cell.getHorizontalAlignment()) {
            case Element.ALIGN_RIGHT -> right - width;
            case Element.ALIGN_CENTER -> left + (right - left - width) / 2;
            default -> left;
          };
      PdfContentByte cb = canvases[PdfPTable.TEXTCANVAS];
      cb.saveState();
      cb.beginText();
      cb.setFontAndSize(font, size);
      if (color != null) {
        cb.setColorFill(color);
      }
      cb.setTextMatrix(x, top - leading);
      cb.showText(text);
      cb.endText();
      cb.restoreState();
    }
  }
}
