package dev.offeranalyzer.intake;

import dev.offeranalyzer.offer.SourceRef;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Reads the rows of one table (a CSV file or one workbook sheet) as they stream by: finds the
 * header within the first rows, maps the columns, and hands each data row to the {@link RowMapper}.
 * Holds no rows. Every decision it makes about the sheet (title rows skipped, totals rows skipped,
 * placeholders read as "not given", European numbers, hidden rows) becomes a note (SPEC section 2).
 */
final class SheetIntake {

  /** The header row is looked for within this many non-empty rows (SPEC section 2). */
  static final int HEADER_SEARCH_ROWS = 10;

  /** Rows listed by number in one note; more are counted. */
  private static final int ROWS_LISTED = 8;

  private static final Pattern NOT_ID_SAFE = Pattern.compile("\\s+");

  /** Labels of a totals row in the candidate column (any case, with or without a colon). */
  private static final Set<String> TOTAL_LABELS =
      Set.of(
          "total",
          "totals",
          "sum",
          "average",
          "avg",
          "mean",
          "median",
          "subtotal",
          "sub-total",
          "sub total",
          "grand total",
          // what the same rows say in the exports of other languages' Excel
          "summe",
          "gesamt",
          "durchschnitt",
          "mittelwert",
          "totaal",
          "moyenne");

  /** Texts that mean "not given" in an optional column. */
  private static final Set<String> PLACEHOLDERS =
      Set.of("n/a", "na", "-", "--", "—", "–", "tbd", "tba", "none", "$ -", "$-", "$ –", "?");

  /** Columns that hold amounts or percents, whose numbers may be written the European way. */
  private static final Set<Column> NUMBER_COLUMNS =
      EnumSet.of(
          Column.BASE_SALARY,
          Column.SIGN_ON_YEAR1,
          Column.SIGN_ON_YEAR2,
          Column.RSU_VALUE,
          Column.RSU_SHARES,
          Column.STOCK_PRICE,
          Column.STOCK_GROWTH,
          Column.ANNUAL_BONUS_PCT,
          Column.RELOCATION,
          Column.UNVESTED_EQUITY,
          Column.FORFEITED_BONUS,
          Column.WALK_AWAY);

  private enum State {
    AWAITING_HEADER,
    DATA,
    DONE
  }

  private final FileCollector out;
  private final String sheet;
  private final boolean csv;
  private final RowMapper mapper = new RowMapper();
  private State state = State.AWAITING_HEADER;
  private Column[] columns = new Column[0];
  private Map<Column, String> shownNames = new EnumMap<>(Column.class);
  private int headerWidth;
  private String idPrefix;
  private int offersBefore;
  private int rejectedBefore;
  private int skippedBefore;

  // looking for the header
  private final List<Integer> rowsAbove = new ArrayList<>();
  private String firstTitle;
  private int nonEmptyRows;
  private HeaderMap partial;
  private int partialRow;

  // notes gathered over the data rows
  private final Map<Column, Set<String>> placeholderValues = new EnumMap<>(Column.class);
  private final Map<Column, List<Integer>> placeholderRows = new EnumMap<>(Column.class);
  private final List<Integer> hiddenRows = new ArrayList<>();
  private final Map<Integer, String> lookAlikes = new TreeMap<>();
  private final Map<Integer, Integer> lookAlikeCounts = new LinkedHashMap<>();
  private NumberStyle numberStyle = NumberStyle.UNDECIDED;

  /** How a CSV writes its numbers; decided once, from the first amount that tells. */
  enum NumberStyle {
    UNDECIDED,
    US,
    EUROPEAN
  }

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
    return state != State.DONE;
  }

  /** True when a header row was found and read. */
  boolean hadHeader() {
    return idPrefix != null;
  }

  /**
   * Takes the next row.
   *
   * @param rowNumber 1-based, as a spreadsheet shows it
   * @param cells raw values by column index (0 = column A); see {@link RowMapper} for the types
   */
  void row(int rowNumber, List<?> cells) {
    row(rowNumber, cells, false, null);
  }

  /**
   * Takes the next row of a workbook.
   *
   * @param hidden true when the row is hidden (by a filter or by hand)
   * @param aggregates the column indexes whose cell is a SUM, AVERAGE or SUBTOTAL formula, or null
   */
  void row(int rowNumber, List<?> cells, boolean hidden, BitSet aggregates) {
    switch (state) {
      case AWAITING_HEADER -> header(rowNumber, cells);
      case DATA -> data(rowNumber, cells, hidden, aggregates);
      case DONE -> {
        // the table ended; remaining rows are not ours to read
      }
    }
  }

  /** Stops the table early, e.g. after an unreadable record; rows already read stay read. */
  void stop() {
    if (state == State.DATA) {
      closeNotes();
    }
    state = State.DONE;
  }

  /** Called once after the last row. */
  void end() {
    if (state == State.AWAITING_HEADER) {
      noHeader();
    } else if (state == State.DATA) {
      closeNotes();
      if (out.offersRead() == offersBefore
          && out.rowsRejected() == rejectedBefore
          && out.rowsSkipped() == skippedBefore) {
        out.warn(sheet, csv ? "no offers in file (only a header row)" : "no offers in this sheet");
      }
    }
    state = State.DONE;
  }

  private void header(int rowNumber, List<?> cells) {
    if (cells.stream().allMatch(RowMapper::isBlank)) {
      return;
    }
    nonEmptyRows++;
    HeaderMap h = HeaderMap.of(cells);
    if (!h.hasAll(Column.CANDIDATE, Column.BASE_SALARY)) {
      if (partial == null && h.hasAny(Column.CANDIDATE, Column.BASE_SALARY) && h.known() >= 2) {
        partial = h;
        partialRow = rowNumber;
      }
      rowsAbove.add(rowNumber);
      if (firstTitle == null) {
        firstTitle = firstText(cells);
      }
      if (nonEmptyRows >= HEADER_SEARCH_ROWS) {
        noHeader();
        state = State.DONE;
      }
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
    if (!rowsAbove.isEmpty()) {
      out.warn(
          new Warning(
              out.file(),
              sheet,
              null,
              null,
              null,
              (rowsAbove.size() == 1
                      ? "row " + rowsAbove.get(0) + " above the header row"
                      : "rows " + rowList(rowsAbove) + " above the header row")
                  + " (row "
                  + rowNumber
                  + ") skipped as a title or group label"
                  + (firstTitle == null ? "" : ": \"" + cut(firstTitle) + "\""),
              false));
    }
    List<String> unknown = new ArrayList<>();
    for (int i = 0; i < h.names().length; i++) {
      String name = h.names()[i];
      if (name == null || h.columns()[i] != null) {
        continue;
      }
      if (Column.looksLikeKnown(name)) {
        lookAlikes.put(i, name);
        lookAlikeCounts.put(i, 0);
      } else {
        unknown.add(name);
      }
    }
    if (!unknown.isEmpty()) {
      out.warn(sheet, "unknown columns ignored: " + String.join(", ", unknown));
    }
    columns = h.columns();
    for (int i = 0; i < columns.length; i++) {
      if (columns[i] != null) {
        String name = h.names()[i];
        shownNames.put(
            columns[i],
            Column.key(name).equals(Column.key(columns[i].canonicalName()))
                ? columns[i].canonicalName()
                : "\"" + name + "\" (" + columns[i].canonicalName() + ")");
      }
    }
    headerWidth = cells.size();
    int index = out.nextHeaderSheet();
    idPrefix =
        index == 0 ? out.stem() : out.stem() + "-" + NOT_ID_SAFE.matcher(sheet).replaceAll("_");
    offersBefore = out.offersRead();
    rejectedBefore = out.rowsRejected();
    skippedBefore = out.rowsSkipped();
    state = State.DATA;
  }

  /** No header row within the rows looked at: an error for a CSV, a note for a sheet. */
  private void noHeader() {
    if (partial != null) {
      missingColumns(partial);
      return;
    }
    if (csv) {
      out.fileProblem(
          null,
          nonEmptyRows == 0
              ? "the file is empty (no header row)"
              : "no header row naming candidate and base_salary within the first "
                  + HEADER_SEARCH_ROWS
                  + " non-empty rows");
    } else if (nonEmptyRows > 0) {
      out.warn(
          sheet,
          "sheet skipped: no header row naming candidate and base_salary within its first "
              + HEADER_SEARCH_ROWS
              + " non-empty rows");
    }
  }

  private void missingColumns(HeaderMap h) {
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
                "the required column is missing from the header row (row "
                    + partialRow
                    + ")"
                    + also));
      }
    }
  }

  private void data(int rowNumber, List<?> cells, boolean hidden, BitSet aggregates) {
    if (cells.stream().allMatch(RowMapper::isBlank)) {
      return;
    }
    Map<Column, Object> byColumn = new EnumMap<>(Column.class);
    for (int i = 0; i < Math.min(cells.size(), columns.length); i++) {
      if (columns[i] != null) {
        byColumn.put(columns[i], cells.get(i));
      }
    }
    String skip = skipReason(cells, byColumn, aggregates);
    if (skip != null) {
      out.skipped(new Warning(out.file(), sheet, rowNumber, null, null, skip, false));
      return;
    }
    if (hidden) {
      hiddenRows.add(rowNumber);
    }
    for (Map.Entry<Integer, Integer> e : lookAlikeCounts.entrySet()) {
      if (e.getKey() < cells.size() && !RowMapper.isBlank(cells.get(e.getKey()))) {
        e.setValue(e.getValue() + 1);
      }
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
    placeholders(rowNumber, byColumn);
    if (csv) {
      europeanNumbers(rowNumber, byColumn);
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
                    shown(Column.OFFER_ID),
                    m.offer().offerId(),
                    "is already used by " + first + " (offer ids must be unique in a file)")));
      }
    } else if (result instanceof RowResult.Rejected r) {
      for (Problem p : r.problems()) {
        extra.add(withShownColumn(p));
      }
      out.rejected(extra);
    } else if (!extra.isEmpty()) {
      out.rejected(extra);
    }
  }

  /** Why a row is not an offer at all (totals row, note under the table), or null. */
  private String skipReason(List<?> cells, Map<Column, Object> byColumn, BitSet aggregates) {
    Object candidate = byColumn.get(Column.CANDIDATE);
    if (candidate instanceof String s && isTotalLabel(s)) {
      return "totals row skipped (\""
          + Texts.clean(s)
          + "\" in the candidate column), not an offer";
    }
    int baseIndex = indexOf(Column.BASE_SALARY);
    if (aggregates != null && baseIndex >= 0 && aggregates.get(baseIndex)) {
      return "totals row skipped (the base salary is a SUM, AVERAGE or SUBTOTAL formula), not an"
          + " offer";
    }
    if (RowMapper.isBlank(candidate)) {
      for (Object c : cells) {
        if (c instanceof String s && isTotalLabel(s)) {
          return "totals row skipped (\"" + Texts.clean(s) + "\" and no candidate), not an offer";
        }
      }
    }
    if (RowMapper.isBlank(byColumn.get(Column.BASE_SALARY))) {
      long filled = cells.stream().filter(c -> !RowMapper.isBlank(c)).count();
      if (filled == 1 && cells.stream().anyMatch(c -> c instanceof String s && !s.isBlank())) {
        return "a note under the table skipped, not an offer: \"" + cut(firstText(cells)) + "\"";
      }
    }
    return null;
  }

  static boolean isTotalLabel(String s) {
    String t = Texts.clean(s).toLowerCase(Locale.ROOT);
    if (t.endsWith(":")) {
      t = t.substring(0, t.length() - 1).trim();
    }
    return TOTAL_LABELS.contains(t);
  }

  /** Placeholders in optional columns become "not given"; gathered into one note per column. */
  private void placeholders(int rowNumber, Map<Column, Object> byColumn) {
    for (Map.Entry<Column, Object> e : byColumn.entrySet()) {
      if (e.getKey().isRequired() || !(e.getValue() instanceof String s)) {
        continue;
      }
      if (isPlaceholder(s) && !isValueIn(e.getKey(), s)) {
        placeholderValues
            .computeIfAbsent(e.getKey(), k -> new LinkedHashSet<>())
            .add(Texts.clean(s));
        placeholderRows.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(rowNumber);
        e.setValue(null);
      }
    }
  }

  /**
   * True when a placeholder word is a real value of the column: {@code none} is one of the three
   * sign_on_terms (no repayment), not "not given".
   */
  static boolean isValueIn(Column column, String s) {
    return column == Column.SIGN_ON_TERMS
        && Texts.clean(s).trim().toLowerCase(Locale.ROOT).equals("none");
  }

  static boolean isPlaceholder(String s) {
    String t = Texts.clean(s).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    return PLACEHOLDERS.contains(t);
  }

  private void europeanNumbers(int rowNumber, Map<Column, Object> byColumn) {
    if (numberStyle == NumberStyle.UNDECIDED) {
      for (Map.Entry<Column, Object> e : byColumn.entrySet()) {
        if (NUMBER_COLUMNS.contains(e.getKey()) && e.getValue() instanceof String s) {
          NumberStyle style = styleOf(s);
          if (style != NumberStyle.UNDECIDED) {
            numberStyle = style;
            if (style == NumberStyle.EUROPEAN) {
              out.warn(
                  new Warning(
                      out.file(),
                      null,
                      rowNumber,
                      shown(e.getKey()),
                      Texts.clean(s),
                      "is written the European way (. for thousands, , for decimals), so every"
                          + " amount in this file was read that way",
                      false));
            }
            break;
          }
        }
      }
    }
    if (numberStyle == NumberStyle.EUROPEAN) {
      for (Map.Entry<Column, Object> e : byColumn.entrySet()) {
        if (NUMBER_COLUMNS.contains(e.getKey()) && e.getValue() instanceof String s) {
          e.setValue(s.replace(".", "").replace(',', '.'));
        }
      }
    }
  }

  private static final Pattern EU_GROUPED = Pattern.compile("\\d{1,3}(\\.\\d{3})+(,\\d+)?");
  private static final Pattern EU_DECIMAL = Pattern.compile("\\d+,\\d{1,2}");
  private static final Pattern US_GROUPED = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d+)?");
  private static final Pattern US_DECIMAL = Pattern.compile("\\d+\\.\\d{1,2}");
  private static final Pattern DECORATION =
      Pattern.compile("(?i)^(us\\$|usd|\\$|€|eur)|(usd|\\$|€|eur|%|k|m)$");

  /** How one amount text tells the number style, or UNDECIDED when it does not. Pure. */
  static NumberStyle styleOf(String text) {
    String t = Texts.squeeze(text).replace(" ", "");
    t = DECORATION.matcher(t).replaceAll("");
    t = DECORATION.matcher(t).replaceAll("");
    if (EU_GROUPED.matcher(t).matches() || EU_DECIMAL.matcher(t).matches()) {
      return NumberStyle.EUROPEAN;
    }
    if (US_GROUPED.matcher(t).matches() || US_DECIMAL.matcher(t).matches()) {
      return NumberStyle.US;
    }
    return NumberStyle.UNDECIDED;
  }

  /** The notes gathered while reading the data rows. */
  private void closeNotes() {
    for (Map.Entry<Column, List<Integer>> e : placeholderRows.entrySet()) {
      List<Integer> rows = e.getValue();
      out.warn(
          new Warning(
              out.file(),
              sheet,
              null,
              shown(e.getKey()),
              String.join(", ", placeholderValues.get(e.getKey())),
              "read as not given in "
                  + (rows.size() == 1 ? "row " : rows.size() + " rows: ")
                  + rowList(rows),
              false));
    }
    if (!hiddenRows.isEmpty()) {
      out.warn(
          new Warning(
              out.file(),
              sheet,
              null,
              null,
              null,
              (hiddenRows.size() == 1 ? "row " : hiddenRows.size() + " rows ")
                  + rowList(hiddenRows)
                  + (hiddenRows.size() == 1 ? " is" : " are")
                  + " hidden (by a filter or by hand) and "
                  + (hiddenRows.size() == 1 ? "was" : "were")
                  + " read all the same: hidden rows are data",
              false));
    }
    for (Map.Entry<Integer, String> e : lookAlikes.entrySet()) {
      int n = lookAlikeCounts.get(e.getKey());
      out.warn(
          new Warning(
              out.file(),
              sheet,
              null,
              "\"" + e.getValue() + "\"",
              null,
              "looks like an offer column but matches none, so it was ignored; it holds values in "
                  + n
                  + (n == 1 ? " row" : " rows")
                  + " (rename it to a column name of the template)",
              true));
    }
    placeholderRows.clear();
    hiddenRows.clear();
    lookAlikes.clear();
  }

  private Problem withShownColumn(Problem p) {
    if (p.column() == null) {
      return p;
    }
    var column = Column.forHeader(p.column());
    if (column.isEmpty() || !shownNames.containsKey(column.get())) {
      return p;
    }
    return new Problem(p.file(), p.sheet(), p.row(), shown(column.get()), p.value(), p.message());
  }

  /** The column as the coach named it, beside its canonical name when they differ. */
  private String shown(Column c) {
    return shownNames.getOrDefault(c, c.canonicalName());
  }

  private int indexOf(Column c) {
    for (int i = 0; i < columns.length; i++) {
      if (columns[i] == c) {
        return i;
      }
    }
    return -1;
  }

  private static String firstText(List<?> cells) {
    for (Object c : cells) {
      if (!RowMapper.isBlank(c)) {
        return Texts.clean(RowMapper.shown(c));
      }
    }
    return null;
  }

  private static String cut(String text) {
    return text.length() > 60 ? text.substring(0, 60) + "…" : text;
  }

  /** {@code 1-3, 7} style list of row numbers, the first few only. */
  static String rowList(List<Integer> rows) {
    StringBuilder sb = new StringBuilder();
    int listed = 0;
    int i = 0;
    while (i < rows.size() && listed < ROWS_LISTED) {
      int start = rows.get(i);
      int end = start;
      while (i + 1 < rows.size() && rows.get(i + 1) == end + 1) {
        end = rows.get(++i);
      }
      if (sb.length() > 0) {
        sb.append(", ");
      }
      sb.append(start == end ? Integer.toString(start) : start + "-" + end);
      listed++;
      i++;
    }
    if (i < rows.size()) {
      sb.append(" and ").append(rows.size() - i).append(" more");
    }
    return sb.toString();
  }

  /** The columns a header row names. */
  private record HeaderMap(
      Column[] columns,
      String[] names,
      Set<Column> present,
      List<Map.Entry<Column, String>> duplicates) {

    static HeaderMap of(List<?> cells) {
      Column[] columns = new Column[cells.size()];
      String[] names = new String[cells.size()];
      Map<Column, String> firstName = new EnumMap<>(Column.class);
      List<Map.Entry<Column, String>> duplicates = new ArrayList<>();
      for (int i = 0; i < cells.size(); i++) {
        Object v = cells.get(i);
        if (RowMapper.isBlank(v) || v instanceof BigDecimal) {
          continue;
        }
        String name = Texts.clean(RowMapper.shown(v));
        names[i] = name;
        var column = Column.forHeader(name);
        if (column.isEmpty()) {
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
      return new HeaderMap(columns, names, firstName.keySet(), duplicates);
    }

    boolean hasAny(Column... wanted) {
      for (Column c : wanted) {
        if (present.contains(c)) {
          return true;
        }
      }
      return false;
    }

    boolean hasAll(Column... wanted) {
      for (Column c : wanted) {
        if (!present.contains(c)) {
          return false;
        }
      }
      return true;
    }

    int known() {
      return present.size();
    }
  }
}
