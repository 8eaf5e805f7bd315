package dev.offeranalyzer.report.summary;

import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

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

  /** The widths the cells widen: the sheet's, or the chunk's being written. */
  private SummaryWorkbook.Widths seen;

  /** The rows as kept chunks, once {@link #startChunk} was called; null when written as text. */
  private List<Deflated> chunks;

  private int chunkFirstRow;
  private long chunkUsesBefore;
  private final int columns;

  /** Column letters when rows and cells carry their positions; null when they do not. */
  private final String[] letters;

  private String rowNumber;
  private int last;
  private int nextColumn;
  private boolean rowOpen;
  private boolean finished;

  /**
   * @param columns how many columns the sheet has
   * @param shared the workbook's shared-string table
   * @param widths the sheet's column widths, widened by every cell written
   */
  SheetRows(int columns, SharedStrings shared, SummaryWorkbook.Widths widths) throws IOException {
    this(columns, shared, widths, true);
  }

  /**
   * @param positioned whether rows and cells carry their {@code r} positions, as most writers do
   *     and every reader expects; without them a row's bytes do not depend on where it lands, which
   *     chunks ({@link #startChunk}) need. The format makes them optional: Excel, LibreOffice,
   *     Google Sheets, POI and openpyxl count rows and cells instead.
   */
  SheetRows(int columns, SharedStrings shared, SummaryWorkbook.Widths widths, boolean positioned)
      throws IOException {
    this.shared = shared;
    this.widths = widths;
    this.seen = widths;
    this.columns = columns;
    if (positioned) {
      letters = new String[columns];
      for (int c = 0; c < columns; c++) {
        letters[c] = org.apache.poi.ss.util.CellReference.convertNumToColString(c);
      }
    } else {
      letters = null;
    }
  }

  /**
   * Starts a chunk: the rows written until {@link #endChunk} are compressed on their own, to be
   * kept for the next summary ({@link SummaryCache}). Once a sheet has chunks, all its rows are in
   * chunks.
   */
  void startChunk() throws IOException {
    startChunks();
    endRow();
    chunkFirstRow = last;
    chunkUsesBefore = shared.uses();
    seen = new SummaryWorkbook.Widths(columns);
  }

  /** Ends the chunk begun by {@link #startChunk}: compresses it and returns it, keyed. */
  SummaryCache.Chunk endChunk(Object[] keys) throws IOException {
    endRow();
    byte[] text = sb.toString().getBytes(StandardCharsets.UTF_8);
    sb = new StringBuilder(FLUSH_CHARS + 4096);
    SummaryCache.Chunk c =
        new SummaryCache.Chunk(
            keys,
            Deflated.of(text, text.length),
            last - chunkFirstRow,
            seen,
            shared.uses() - chunkUsesBefore);
    chunks.add(c.data());
    widths.merge(seen);
    seen = widths;
    return c;
  }

  /** Appends a chunk kept from an earlier summary, as it is. */
  void append(SummaryCache.Chunk c) {
    startChunks();
    chunks.add(c.data());
    last += c.rows();
    widths.merge(c.widths());
    shared.addUses(c.sharedUses());
  }

  private void startChunks() {
    if (letters != null) {
      throw new IllegalStateException("rows that carry their positions cannot be kept in chunks");
    }
    if (chunks == null) {
      if (last > 0) {
        throw new IllegalStateException("rows were written before the first chunk");
      }
      chunks = new ArrayList<>();
    }
  }

  /** Starts the next row (ending the one before) and returns its 0-based index; the first is 1. */
  int next() throws IOException {
    endRow();
    last++;
    if (letters == null) {
      sb.append("<row>");
    } else {
      rowNumber = Integer.toString(last + 1);
      sb.append("<row r=\"").append(rowNumber).append("\">");
    }
    nextColumn = 0;
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
    seen.see(col, value.length());
  }

  /** A number cell; {@code plain} is its decimal text, {@code width} the characters it shows. */
  void number(int col, String plain, int style, int width) {
    cellStart(col, style);
    sb.append("><v>").append(plain).append("</v></c>");
    seen.see(col, width);
  }

  /** An empty cell. */
  void blank(int col) {
    if (letters != null) {
      sb.append("<c r=\"").append(letters[col]).append(rowNumber).append("\"/>");
      nextColumn = col + 1;
    }
    // Without positions, cellStart keeps the places before a cell.
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
      if (chunks == null) {
        flush();
      }
      finished = true;
    }
  }

  /** Writes the rows (ended by {@link #finish}) to {@code target}. */
  @Override
  public void copyTo(WorkbookAssembly.PartOutput target) throws IOException {
    if (chunks == null) {
      out.copyTo(target);
      return;
    }
    for (Deflated d : chunks) {
      target.deflated(d);
    }
  }

  /** Deletes the temporary file, if the rows needed one. */
  @Override
  public void close() throws IOException {
    finished = true;
    out.close();
  }

  /**
   * Starts a cell: with its position, or without (then an empty cell keeps the place of each column
   * skipped before this one, as a reader counts them).
   */
  private void cellStart(int col, int style) {
    if (col < nextColumn || col >= columns) {
      throw new IllegalArgumentException("column " + col + " after " + (nextColumn - 1));
    }
    if (letters != null) {
      nextColumn = col + 1;
      sb.append("<c r=\"").append(letters[col]).append(rowNumber).append("\" s=\"");
    } else {
      for (; nextColumn < col; nextColumn++) {
        sb.append("<c/>");
      }
      nextColumn++;
      sb.append("<c s=\"");
    }
    sb.append(style).append('"');
  }

  private void endRow() throws IOException {
    if (rowOpen) {
      sb.append("</row>");
      rowOpen = false;
      if (chunks == null && sb.length() > FLUSH_CHARS) {
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
