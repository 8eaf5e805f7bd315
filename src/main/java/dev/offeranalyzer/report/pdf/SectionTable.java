package dev.offeranalyzer.report.pdf;

import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PageNumbers;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPCellEvent;
import com.lowagie.text.pdf.PdfPRow;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPTableEvent;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

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
   * Whether every row is left to OpenPDF's own steps: once a cell spanning rows was added (or when
   * asked, to compare the two), instead of {@link DrawnRow}s.
   */
  private boolean openPdfRows;

  /**
   * @param relativeWidths the columns' relative widths
   * @param contentWidth the width between the page margins, which the table fills
   * @param fonts the rendering's fonts, whose widths break the lines
   */
  SectionTable(float[] relativeWidths, float contentWidth, ReportFonts fonts) {
    this(relativeWidths, contentWidth, fonts, false);
  }

  /**
   * @param openPdfRows true to have OpenPDF copy, measure and write every row (its own steps, for
   *     tests that compare them with {@link DrawnRow}s)
   */
  SectionTable(float[] relativeWidths, float contentWidth, ReportFonts fonts, boolean openPdfRows) {
    super(relativeWidths);
    this.openPdfRows = openPdfRows;
    this.fonts = Objects.requireNonNull(fonts, "fonts");
    setWidthPercentage(100);
    setTotalWidth(contentWidth);
    setTableEvent(Decorations.INSTANCE);
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
    PdfPCell c = drawn(cell, fonts, left, right);
    if (c.getRowspan() != 1) {
      openPdfRows = true;
    }
    if (!(c.getCellEvent() instanceof Drawn)
        || openPdfRows
        || runDirection == PdfWriter.RUN_DIRECTION_RTL) {
      return super.addCell(c);
    }
    // PdfPTable.addCell, without a copy of the cell (drawn() made it the table's) and with the
    // steps for rowspans and right-to-left rows left out (this table has neither).
    // The cell's columns are the span measured above (the row holds as many as the widths).
    rowCompleted = false;
    c.setColspan(span);
    if (span != 1) {
      isColspan = true;
    }
    if (c.getRunDirection() == PdfWriter.RUN_DIRECTION_DEFAULT) {
      c.setRunDirection(runDirection);
    }
    currentRow[currentRowIdx] = c;
    currentRowIdx += span;
    if (currentRowIdx >= currentRow.length) {
      PdfPRow row =
          DrawnRow.allDrawn(currentRow) ? new DrawnRow(currentRow) : new PdfPRow(currentRow);
      if (totalWidth > 0) {
        row.setWidths(absoluteWidths);
        totalHeight += row.getMaxHeights();
      }
      rows.add(row);
      currentRow = new PdfPCell[getNumberOfColumns()];
      currentRowIdx = 0;
      rowCompleted = true;
    }
    return c;
  }

  /**
   * The row a page of this table is written with: OpenPDF's copy of the row and of each of its
   * cells, except for a row of drawn cells, which shares its cells (drawing them changes none).
   */
  @Override
  protected PdfPRow adjustCellsInRow(int start, int end) {
    return !openPdfRows && getRow(start) instanceof DrawnRow row
        ? row.copy()
        : super.adjustCellsInRow(start, end);
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
    Decoration decoration = Decoration.takenFrom(cell);
    cell.setCellEvent(new Drawn(layout, decoration));
    return cell;
  }

  /**
   * A drawn cell's background and rule below, taken from the cell and drawn by {@link Decorations}
   * for a whole row at once: OpenPDF draws them cell by cell, setting the colour, width and
   * position of each (a fifth of a page's content bytes, most of the numbers it formats).
   *
   * @param background the fill, or null
   * @param rule the colour of the rule along the cell's bottom, or null for none
   * @param ruleWidth its width
   */
  record Decoration(Color background, Color rule, float ruleWidth) {

    /**
     * The cell's background and bottom rule, which are then taken off the cell; null, the cell
     * unchanged, when OpenPDF must draw them (any other border, borders of different widths or
     * taking room from the padding, a rule without a colour, a cell spanning rows).
     */
    static Decoration takenFrom(PdfPCell cell) {
      int border = cell.getBorder();
      boolean rule = border == Rectangle.BOTTOM && cell.getBorderWidth() > 0;
      if ((border != Rectangle.NO_BORDER && border != Rectangle.BOTTOM)
          || cell.isUseVariableBorders()
          || cell.isUseBorderPadding()
          || cell.getRowspan() != 1
          || (rule && cell.getBorderColor() == null)
          || (!rule && cell.getBackgroundColor() == null)) {
        return null;
      }
      Decoration decoration =
          new Decoration(
              cell.getBackgroundColor(),
              rule ? cell.getBorderColor() : null,
              rule ? cell.getBorderWidth() : 0);
      cell.setBackgroundColor(null);
      cell.setBorder(Rectangle.NO_BORDER);
      return decoration;
    }
  }

  /**
   * Draws the decorations of a page's rows after OpenPDF wrote them, where OpenPDF would have drawn
   * them: each background over the cell's full height ({@code PdfPRow.writeBorderAndBackground}),
   * each rule along its bottom with its ends projected by half its width (as OpenPDF's line canvas
   * draws them), neighbours of the same colour (and width) as one rectangle or one line.
   */
  private static final class Decorations implements PdfPTableEvent {
    static final Decorations INSTANCE = new Decorations();

    @Override
    public void tableLayout(
        PdfPTable table,
        float[][] widths,
        float[] heights,
        int headerRows,
        int rowStart,
        PdfContentByte[] canvases) {
      List<PdfPRow> rows = table.getRows();
      PdfContentByte canvas = canvases[PdfPTable.BACKGROUNDCANVAS];
      // Every fill first, then every rule, as OpenPDF's canvases stack them. The rules go on the
      // background canvas too, above the fills: the line canvas is drawn after it, so a border
      // OpenPDF draws there (a total row's rule above) stays on top, as when each row's lines were
      // drawn in turn.
      for (int i = 0; i + 1 < heights.length; i++) {
        PdfPRow row = rows.get(rowStart + i);
        if (row != null && widths[i] != null) {
          fill(row.getCells(), widths[i][0], heights[i], heights[i + 1], canvas);
        }
      }
      canvas.saveState();
      canvas.setLineCap(PdfContentByte.LINE_CAP_PROJECTING_SQUARE);
      for (int i = 0; i + 1 < heights.length; i++) {
        PdfPRow row = rows.get(rowStart + i);
        if (row != null && widths[i] != null) {
          rule(row.getCells(), widths[i][0], heights[i + 1], canvas);
        }
      }
      canvas.restoreState();
    }

    private static Decoration decoration(PdfPCell cell) {
      return cell != null && cell.getCellEvent() instanceof Drawn drawn ? drawn.decoration() : null;
    }

    private static void fill(
        PdfPCell[] cells, float xPos, float top, float bottom, PdfContentByte canvas) {
      runs(
          cells,
          xPos,
          Decoration::background,
          (d, left, right) -> {
            canvas.setColorFill(d.background());
            PageNumbers.rectangle(canvas, left, bottom, right - left, top - bottom);
            canvas.fill();
          });
    }

    private static void rule(PdfPCell[] cells, float xPos, float bottom, PdfContentByte canvas) {
      runs(
          cells,
          xPos,
          d -> d.rule() == null ? null : List.of(d.rule(), d.ruleWidth()),
          (d, left, right) -> {
            canvas.setLineWidth(d.ruleWidth());
            canvas.setColorStroke(d.rule());
            canvas.moveTo(left, bottom);
            canvas.lineTo(right, bottom);
            canvas.stroke();
            canvas.resetRGBColorStroke();
          });
    }

    /** Draws a run of cells: the first cell's decoration, the run's left and right edges. */
    private interface Run {
      void draw(Decoration decoration, float left, float right);
    }

    /**
     * Each run of neighbouring drawn cells whose decorations give equal {@code key}s (null: not
     * drawn), from the left edge of its first cell to the right edge of its last.
     */
    private static void runs(
        PdfPCell[] cells, float xPos, Function<Decoration, Object> key, Run run) {
      int k = 0;
      while (k < cells.length) {
        Decoration d = decoration(cells[k]);
        Object value = d == null ? null : key.apply(d);
        if (value == null) {
          k++;
          continue;
        }
        float left = cells[k].getLeft() + xPos;
        float right = cells[k].getRight() + xPos;
        k++;
        while (k < cells.length) {
          Decoration next = decoration(cells[k]);
          if (next == null
              || !value.equals(key.apply(next))
              || cells[k].getLeft() + xPos != right) {
            break;
          }
          right = cells[k].getRight() + xPos;
          k++;
        }
        run.draw(d, left, right);
      }
    }
  }

  /**
   * A row whose cells are all drawn: OpenPDF's row, without the work it does for each cell's text,
   * which a drawn cell does not have. For each cell, OpenPDF copies its (empty) column of text to
   * measure the cell, and again to write it, and runs it, which writes nothing; here the height is
   * the cell's fixed height, and writing a cell is its background and borders, then its event. Same
   * pages, byte for byte ({@code SectionTableTest}).
   */
  static final class DrawnRow extends PdfPRow {

    DrawnRow(PdfPCell[] cells) {
      super(cells);
    }

    static boolean allDrawn(PdfPCell[] cells) {
      for (PdfPCell cell : cells) {
        if (cell != null && !(cell.getCellEvent() instanceof Drawn)) {
          return false;
        }
      }
      return true;
    }

    /** A copy with the same cells and its own heights, as {@code new PdfPRow(row)} makes one. */
    DrawnRow copy() {
      DrawnRow row = new DrawnRow(cells.clone());
      System.arraycopy(widths, 0, row.widths, 0, widths.length);
      row.maxHeight = maxHeight;
      row.calculated = calculated;
      return row;
    }

    /** {@code PdfPRow.calculateHeights}: the tallest cell, a drawn cell's height being fixed. */
    @Override
    public float calculateHeights() {
      maxHeight = 0;
      for (PdfPCell cell : cells) {
        if (cell != null && cell.getFixedHeight() > maxHeight) {
          maxHeight = cell.getFixedHeight();
        }
      }
      calculated = true;
      return maxHeight;
    }

    /** {@code PdfPRow.writeCells}, for cells without text, image or rotation. */
    @Override
    public void writeCells(
        int colStart, int colEnd, float xPos, float yPos, PdfContentByte[] canvases) {
      if (!calculated) {
        calculateHeights();
      }
      colEnd = colEnd < 0 ? cells.length : Math.min(colEnd, cells.length);
      colStart = Math.max(colStart, 0);
      if (colStart >= colEnd) {
        return;
      }
      int first = colStart;
      while (first >= 0 && cells[first] == null) {
        if (first > 0) {
          xPos -= widths[first - 1];
        }
        first--;
      }
      first = Math.max(first, 0);
      if (cells[first] != null) {
        xPos -= cells[first].getLeft();
      }
      for (int k = first; k < colEnd; k++) {
        PdfPCell cell = cells[k];
        if (cell == null) {
          continue;
        }
        float height = maxHeight + extraHeights[k];
        writeBorderAndBackground(xPos, yPos, height, cell, canvases);
        Rectangle position =
            new Rectangle(
                cell.getLeft() + xPos,
                cell.getTop() + yPos - height,
                cell.getRight() + xPos,
                cell.getTop() + yPos);
        cell.getCellEvent().cellLayout(cell, position, canvases);
      }
    }
  }

  /** Draws a cell's lines where OpenPDF's layout would have put them. */
  private record Drawn(TextLines.Layout layout, Decoration decoration) implements PdfPCellEvent {

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
