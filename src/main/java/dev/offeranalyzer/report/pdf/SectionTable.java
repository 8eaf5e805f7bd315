package dev.offeranalyzer.report.pdf;

import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPCellEvent;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.util.Objects;

/**
 * A section table, always laid out across the full width between the margins, whose plain text
 * cells are broken into lines and drawn by {@link TextLines} instead of by OpenPDF's text layout.
 *
 * <p>OpenPDF lays every cell's text out twice, once to measure the row and once to write it, with a
 * map lookup per character for its width and its attributes: most of a report's time
 * (docs/performance.md). Here a cell of plain text (see {@link TextLines#of}) is broken into lines
 * once, by OpenPDF's own rules, with the font widths read from a table; it gets the height OpenPDF
 * would compute (padding, each line's leading, padding) and a cell event that draws each line where
 * OpenPDF would put it. Any other cell (a nested table, an image, several elements, a link,
 * justified text, a cell taller than {@link #MAX_DRAWN_HEIGHT}) is laid out by OpenPDF as before.
 */
final class SectionTable extends PdfPTable {

  /**
   * The tallest cell drawn directly, in points: a cell of a fixed height cannot be split across
   * pages, so a taller one is left to OpenPDF, which can.
   */
  static final float MAX_DRAWN_HEIGHT = 300;

  private final ReportFonts fonts;

  /**
   * @param relativeWidths the columns' relative widths
   * @param contentWidth the width between the page margins, which the table fills
   * @param fonts the rendering's fonts, whose widths break the lines
   */
  SectionTable(float[] relativeWidths, float contentWidth, ReportFonts fonts) {
    super(relativeWidths);
    this.fonts = Objects.requireNonNull(fonts, "fonts");
    setWidthPercentage(100);
    setTotalWidth(contentWidth);
  }

  @Override
  public PdfPCell addCell(PdfPCell cell) {
    // The cell's left and right edges as PdfPRow.setWidths adds them up, from the table's left.
    int first = currentRowIdx;
    int span = Math.max(1, Math.min(cell.getColspan(), absoluteWidths.length - first));
    float left = 0;
    for (int k = 0; k < first && k < absoluteWidths.length; k++) {
      left += absoluteWidths[k];
    }
    float right = left;
    for (int k = first; k < first + span && k < absoluteWidths.length; k++) {
      right += absoluteWidths[k];
    }
    return super.addCell(drawn(cell, fonts, left, right));
  }

  /**
   * {@code cell} made a cell whose text is drawn directly, when it holds plain text: its phrase is
   * replaced by a fixed height and a cell event that draws the lines. Either way {@code cell}
   * itself is returned; it is the table's once added and should not be added again elsewhere.
   *
   * @param left the cell's left edge, from the table's left
   * @param right the cell's right edge, from the table's left
   */
  static PdfPCell drawn(PdfPCell cell, ReportFonts fonts, float left, float right) {
    Phrase phrase = cell.getPhrase();
    int alignment = cell.getHorizontalAlignment();
    if (phrase == null
        || cell.getCellEvent() != null
        || cell.getRotation() != 0
        || cell.hasFixedHeight()
        || cell.getMinimumHeight() > 0
        || cell.isUseAscender()
        || cell.isUseDescender()
        || cell.isNoWrap()
        || cell.getRunDirection() == PdfWriter.RUN_DIRECTION_RTL
        || cell.getRunDirection() == PdfWriter.RUN_DIRECTION_LTR
        || cell.getIndent() != 0
        || cell.getFollowingIndent() != 0
        || cell.getRightIndent() != 0
        || cell.getExtraParagraphSpace() != 0
        || (alignment != Element.ALIGN_LEFT
            && alignment != Element.ALIGN_RIGHT
            && alignment != Element.ALIGN_CENTER)) {
      return cell;
    }
    TextLines text = TextLines.of(phrase);
    if (text == null) {
      return cell;
    }
    // The column ColumnText measures the cell's text in (PdfPCell.getMaxHeight).
    float width =
        (right - cell.getEffectivePaddingRight()) - (left + cell.getEffectivePaddingLeft());
    if (width <= 0) {
      return cell;
    }
    TextLines.Layout layout =
        text.layout(fonts, width, cell.getLeading(), cell.getMultipliedLeading());
    float height = layout.height(cell.getEffectivePaddingTop()) + cell.getEffectivePaddingBottom();
    if (height > MAX_DRAWN_HEIGHT) {
      return cell;
    }
    // Changed in place: PdfPTable.addCell copies the cell anyway, and a copy here cost 3 to 4 %
    // of a report's time (docs/performance.md, fifth round).
    cell.setPhrase(null);
    cell.setFixedHeight(height);
    cell.setCellEvent(new Drawn(layout));
    return cell;
  }

  /** Draws a cell's lines where OpenPDF's layout would have put them. */
  private record Drawn(TextLines.Layout layout) implements PdfPCellEvent {

    @Override
    public void cellLayout(PdfPCell cell, Rectangle position, PdfContentByte[] canvases) {
      float top = position.getTop() - cell.getEffectivePaddingTop();
      float extra = position.getHeight() - cell.getFixedHeight();
      if (extra > 0) {
        switch (cell.getVerticalAlignment()) {
          case Element.ALIGN_MIDDLE -> top -= extra / 2;
          case Element.ALIGN_BOTTOM -> top -= extra;
          default -> {}
        }
      }
      layout.draw(
          canvases[PdfPTable.TEXTCANVAS],
          position.getLeft() + cell.getEffectivePaddingLeft(),
          position.getRight() - cell.getEffectivePaddingRight(),
          top,
          cell.getHorizontalAlignment());
    }
  }
}
