package dev.offeranalyzer.report.summary;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.poi.ss.util.CellReference;

/**
 * The data rows of one summary sheet, written as SpreadsheetML {@code <row>} elements (in memory,
 * or in a temporary file once large, {@link SpillBuffer}), below the header row POI writes; {@link
 * WorkbookAssembly} splices them into the sheet's part. Written directly rather than through POI's
 * streaming sheet, whose per-character writer took most of the time of a large summary
 * (docs/performance.md).
 *
 * <p>Texts are inline strings, or entries of the {@link SharedStrings} table for columns whose
 * texts repeat; numbers are written as their exact decimal. The caller passes text as a cell can
 * hold it ({@link SummaryWorkbook#cellText}).
 */
final class SheetRows implements Closeable, WorkbookAssembly.Rows {

  private static final int FLUSH_CHARS = 1 << 16;

  private final SpillBuffer out = new SpillBuffer();
  private StringBuilder sb = new StringBuilder(FLUSH_CHARS + 4096);
  private final SharedStrings shared;
  private final SummaryWorkbook.Widths widths;
  private final String[] columns;
  private int last;
  private String ref;
  private boolean rowOpen;
  private boolean finished;

  /**
   * @param columns how many columns the sheet has
   * @param shared the workbook's shared-string table
   * @param widths the sheet's column widths, widened by every cell written
   */
  SheetRows(int columns, SharedStrings shared, SummaryWorkbook.Widths widths) throws IOException {
    this.shared = shared;
    this.widths = widths;
    this.columns = new String[columns];
    for (int c = 0; c < columns; c++) {
      this.columns[c] = CellReference.convertNumToColString(c);
    }
  }

  /** Starts the next row (ending the one before) and returns its 0-based index; the first is 1. */
  int next() throws IOException {
    endRow();
    last++;
    ref = Integer.toString(last + 1);
    sb.append("<row r=\"").append(ref).append("\">");
    rowOpen = true;
    return last;
  }

  /** A text cell in {@code style}; nothing when {@code value} is null. */
  void text(int col, String value, int style, boolean share) {
    if (value == null) {
      return;
    }
    int i = share ? shared.indexOf(value) : -1;
    cellStart(col, style);
    if (i >= 0) {
      sb.append(" t=\"s\"><v>").append(i).append("</v></c>");
    } else {
      sb.append(" t=\"inlineStr\"><is>");
      appendT(sb, value);
      sb.append("</is></c>");
    }
    widths.see(col, value.length());
  }

  /** A number cell; {@code plain} is its decimal text, {@code width} the characters it shows. */
  void number(int col, String plain, int style, int width) {
    cellStart(col, style);
    sb.append("><v>").append(plain).append("</v></c>");
    widths.see(col, width);
  }

  /** An empty cell. */
  void blank(int col) {
    sb.append("<c r=\"").append(columns[col]).append(ref).append("\"/>");
  }

  /** The sheet's column widths, widened by every cell written. */
  SummaryWorkbook.Widths widths() {
    return widths;
  }

  /** The rows written, with the header row: the sheet's last row number (1-based). */
  int rowsWithHeader() {
    return last + 1;
  }

  /** Ends the last row; the rows are then ready for {@link #copyTo}. */
  void finish() throws IOException {
    if (!finished) {
      endRow();
      flush();
      finished = true;
    }
  }

  /** Writes the rows (ended by {@link #finish}) to {@code target}. */
  @Override
  public void copyTo(OutputStream target) throws IOException {
    out.copyTo(target);
  }

  /** Deletes the temporary file, if the rows needed one. */
  @Override
  public void close() throws IOException {
    finished = true;
    out.close();
  }

  private void cellStart(int col, int style) {
    sb.append("<c r=\"")
        .append(columns[col])
        .append(ref)
        .append("\" s=\"")
        .append(style)
        .append('"');
  }

  private void endRow() throws IOException {
    if (rowOpen) {
      sb.append("</row>");
      rowOpen = false;
      if (sb.length() > FLUSH_CHARS) {
        flush();
      }
    }
  }

  private void flush() throws IOException {
    out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
    // A new builder, not setLength(0): one character beyond Latin-1 turns a builder's storage to
    // two bytes a character for good, which makes every later chunk slower to encode.
    sb = new StringBuilder(FLUSH_CHARS + 4096);
  }

  /**
   * Appends {@code <t>text</t>}, escaped for XML, keeping spaces at either end and line breaks as
   * they are.
   */
  static void appendT(StringBuilder sb, String text) {
    boolean preserve =
        !text.isEmpty()
            && (Character.isWhitespace(text.charAt(0))
                || Character.isWhitespace(text.charAt(text.length() - 1)));
    sb.append(preserve ? "<t xml:space=\"preserve\">" : "<t>");
    int n = text.length();
    int from = 0;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      String escaped =
          switch (c) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '\r' -> "&#xd;";
            default -> null;
          };
      if (escaped != null) {
        sb.append(text, from, i).append(escaped);
        from = i + 1;
      }
    }
    sb.append(text, from, n).append("</t>");
  }
}
