package dev.offeranalyzer.intake;

import dev.offeranalyzer.offer.SourceRef;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the rows of one table (a CSV file or one workbook sheet) as they stream by: finds the
 * header, maps the columns, and hands each data row to the {@link RowMapper}. Holds no rows.
 */
final class SheetIntake {

  /** How many rows after a non-header first row are looked at for a misplaced header. */
  private static final int HEADER_LOOKAHEAD = 20;

  /** A misplaced header must name this many known columns, so a notes sheet is not taken. */
  private static final int MISPLACED_HEADER_MIN_COLUMNS = 3;

  private static final Pattern NOT_ID_SAFE = Pattern.compile("\\s+");

  private enum State {
    AWAITING_HEADER,
    DATA,
    NOT_A_TABLE,
    DONE
  }

  private final FileCollector out;
  private final String sheet;
  private final boolean csv;
  private final RowMapper mapper = new RowMapper();
  private State state = State.AWAITING_HEADER;
  private Column[] columns = new Column[0];
  private int headerWidth;
  private int firstRow;
  private String idPrefix;
  private int rowsAfterFirst;
  private int offersBefore;
  private int rejectedBefore;

  /**
   * @param sheet the sheet name, or null for a CSV file
   */
  SheetIntake(FileCollector out, String sheet) {
    this.out = out;
    this.sheet = sheet;
    this.csv = sheet == null;
  }

  /** True while more rows are wanted; false once the table is done or cannot be read. */
  boolean wantsMore() {
    return state == State.AWAITING_HEADER || state == State.DATA || state == State.NOT_A_TABLE;
  }

  /** True when a header row was found and read. */
  boolean hadHeader() {
    return state == State.DATA || (state == State.DONE && idPrefix != null);
  }

  /**
   * Takes the next row.
   *
   * @param rowNumber 1-based, as a spreadsheet shows it
   * @param cells raw values by column index (0 = column A); see {@link RowMapper} for the types
   */
  void row(int rowNumber, List<?> cells) {
    switch (state) {
      case AWAITING_HEADER -> header(rowNumber, cells);
      case DATA -> data(rowNumber, cells);
      case NOT_A_TABLE -> lookForMisplacedHeader(rowNumber, cells);
      case DONE -> {
        // the table ended; remaining rows are not ours to read
      }
    }
  }

  /** Stops the table early, e.g. after an unreadable record; rows already read stay read. */
  void stop() {
    state = State.DONE;
  }

  /** Called once after the last row. */
  void end() {
    if (state == State.DATA
        && out.offersRead() == offersBefore
        && out.rowsRejected() == rejectedBefore) {
      out.warn(sheet, csv ? "no offers in file (only a header row)" : "no offers in this sheet");
    }
    if (state == State.AWAITING_HEADER && csv) {
      out.fileProblem(null, "the file is empty (no header row)");
    }
    state = State.DONE;
  }

  private void header(int rowNumber, List<?> cells) {
    if (cells.stream().allMatch(RowMapper::isBlank)) {
      return;
    }
    firstRow = rowNumber;
    HeaderMap h = HeaderMap.of(cells);
    if (!csv && !h.hasAny(Column.CANDIDATE, Column.BASE_SALARY)) {
      state = State.NOT_A_TABLE;
      return;
    }
    if (!h.duplicates().isEmpty()) {
      for (Map.Entry<Column, String> d : h.duplicates()) {
        out.fileProblem(
            new Problem(out.file(), sheet, null, d.getKey().canonicalName(), null, d.getValue()));
      }
      state = State.DONE;
      return;
    }
    boolean missing = false;
    for (Column required : List.of(Column.CANDIDATE, Column.BASE_SALARY)) {
      if (!h.hasAny(required)) {
        String also =
            required.aliases().isEmpty()
                ? ""
                : " (also accepted: " + String.join(", ", required.aliases()) + ")";
        out.fileProblem(
            new Problem(
                out.file(),
                sheet,
                null,
                required.canonicalName(),
                null,
                "the required column is missing from the header row" + also));
        missing = true;
      }
    }
    if (missing) {
      state = State.DONE;
      return;
    }
    if (!h.unknown().isEmpty()) {
      out.warn(sheet, "unknown columns ignored: " + String.join(", ", h.unknown()));
    }
    columns = h.columns();
    headerWidth = cells.size();
    int index = out.nextHeaderSheet();
    idPrefix =
        index == 0 ? out.stem() : out.stem() + "-" + NOT_ID_SAFE.matcher(sheet).replaceAll("_");
    offersBefore = out.offersRead();
    rejectedBefore = out.rowsRejected();
    state = State.DATA;
  }

  private void data(int rowNumber, List<?> cells) {
    if (cells.stream().allMatch(RowMapper::isBlank)) {
      return;
    }
    List<Problem> extra = new ArrayList<>();
    if (csv && cells.size() > headerWidth) {
      int lastFilled = cells.size() - 1;
      while (lastFilled >= headerWidth && RowMapper.isBlank(cells.get(lastFilled))) {
        lastFilled--;
      }
      if (lastFilled >= headerWidth) {
        extra.add(
            new Problem(
                out.file(),
                null,
                rowNumber,
                null,
                null,
                "has "
                    + (lastFilled + 1)
                    + " values but the header has "
                    + headerWidth
                    + " columns (a missing quote or an extra delimiter?)"));
      }
    }
    Map<Column, Object> byColumn = new EnumMap<>(Column.class);
    for (int i = 0; i < Math.min(cells.size(), columns.length); i++) {
      if (columns[i] != null) {
        byColumn.put(columns[i], cells.get(i));
      }
    }
    SourceRef where = new SourceRef(out.file(), sheet, rowNumber);
    RowResult result = mapper.map(where, idPrefix + "-" + rowNumber, byColumn);
    if (result instanceof RowResult.Mapped m && extra.isEmpty()) {
      String here = sheet == null ? "row " + rowNumber : "[" + sheet + "] row " + rowNumber;
      String first = out.firstUse(m.offer().offerId(), here);
      if (first == null) {
        out.offer(m.offer());
      } else {
        out.rejected(
            List.of(
                new Problem(
                    out.file(),
                    sheet,
                    rowNumber,
                    Column.OFFER_ID.canonicalName(),
                    m.offer().offerId(),
                    "is already used by " + first + " (offer ids must be unique in a file)")));
      }
    } else if (result instanceof RowResult.Rejected r) {
      extra.addAll(r.problems());
      out.rejected(extra);
    } else if (!extra.isEmpty()) {
      out.rejected(extra);
    }
  }

  private void lookForMisplacedHeader(int rowNumber, List<?> cells) {
    if (++rowsAfterFirst > HEADER_LOOKAHEAD) {
      state = State.DONE;
      return;
    }
    HeaderMap h = HeaderMap.of(cells);
    if (h.known() >= MISPLACED_HEADER_MIN_COLUMNS) {
      out.warn(
          sheet,
          "sheet not read: its first row ("
              + firstRow
              + ") is not a header row, but row "
              + rowNumber
              + " looks like one; put the header in the first row");
      state = State.DONE;
    }
  }

  /** The columns a header row names. */
  private record HeaderMap(
      Column[] columns,
      Set<Column> present,
      List<String> unknown,
      List<Map.Entry<Column, String>> duplicates) {

    static HeaderMap of(List<?> cells) {
      Column[] columns = new Column[cells.size()];
      Map<Column, String> firstName = new EnumMap<>(Column.class);
      Set<String> unknown = new LinkedHashSet<>();
      List<Map.Entry<Column, String>> duplicates = new ArrayList<>();
      for (int i = 0; i < cells.size(); i++) {
        Object v = cells.get(i);
        if (RowMapper.isBlank(v)) {
          continue;
        }
        String name = Texts.clean(RowMapper.shown(v));
        var column = Column.forHeader(name);
        if (column.isEmpty()) {
          unknown.add(name);
          continue;
        }
        Column c = column.get();
        String earlier = firstName.putIfAbsent(c, name);
        if (earlier != null) {
          duplicates.add(
              Map.entry(
                  c,
                  "duplicate header: \""
                      + earlier
                      + "\" and \""
                      + name
                      + "\" both name this column (keep one)"));
        } else {
          columns[i] = c;
        }
      }
      return new HeaderMap(columns, firstName.keySet(), List.copyOf(unknown), duplicates);
    }

    boolean hasAny(Column... wanted) {
      for (Column c : wanted) {
        if (present.contains(c)) {
          return true;
        }
      }
      return false;
    }

    int known() {
      return present.size();
    }
  }
}
