package dev.offeranalyzer.report.summary;

import dev.offeranalyzer.offer.Money;
import dev.offeranalyzer.tax.TaxYear;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes {@code summary.xlsx} (SPEC section 8) with POI's streaming workbook, so 100,000 offers fit
 * in a small heap. Every text that came from an input is written as a text cell, which a
 * spreadsheet never evaluates: a candidate named {@code =1+1} shows {@code =1+1}.
 */
public final class SummaryWorkbook {

  public static final List<String> RANKING_HEADERS =
      List.of(
          "Rank",
          "Offer ID",
          "Candidate",
          "Company",
          "Level",
          "Location",
          "Year 1",
          "Year 2",
          "Year 3",
          "Year 4",
          "4-Year Total",
          "4-Year Average",
          "4-Year Take-Home",
          "Due at Filing",
          "Market Position",
          "Red Flags",
          "Proposed 4-Year Total",
          "Ask %",
          "Approval",
          "Report",
          "4-Year Total With Refreshers",
          "Close Call",
          "Versions",
          "First 4-Year Total",
          "Gained");
  public static final List<String> PLAN_HEADERS =
      List.of(
          "Offer ID",
          "Tier",
          "Base Target",
          "Grant Target",
          "Sign-On Target",
          "Proposed 4-Year Total",
          "Ask %");
  public static final List<String> FINDING_HEADERS =
      List.of("Offer ID", "Candidate", "Severity", "Rule", "Title", "Figures", "What to do");
  public static final List<String> HISTORY_HEADERS =
      List.of(
          "Offer ID",
          "Candidate",
          "Version",
          "Seen",
          "Base",
          "Sign-On Total",
          "Grant",
          "4-Year Total",
          "Change",
          "Gained");
  public static final List<String> EMAIL_HEADERS =
      List.of("Offer ID", "Recipient", "State", "Attempts", "Last Error", "Sent At", "Next Try");
  public static final List<String> TAKE_HOME_HEADERS =
      List.of(
          "Offer ID",
          "Candidate",
          "Year",
          "Wages",
          "Federal",
          "Social Security",
          "Medicare",
          "State",
          "City",
          "Payroll Programs",
          "Take-Home",
          "Withheld",
          "Due at Filing");
  public static final List<String> ERROR_HEADERS =
      List.of("File", "Sheet", "Row", "Column", "Value", "Problem", "Severity");

  /** The first sheet: headline cells and the chart. */
  public static final String OVERVIEW = "Overview";

  /** The most offers the Overview chart shows; a bigger folder is summed up in the cells. */
  static final int CHART_LIMIT = 150;

  /** The most characters a workbook cell holds. */
  public static final int CELL_LIMIT = 32_767;

  static final String CUT_MARKER = " [cut: text longer than a cell holds]";
  private static final int MAX_WIDTH_CHARS = 60;

  /** Writes the workbook to {@code out}; does not close {@code out}. */
  public void write(SummaryData data, OutputStream out) throws IOException {
    // The table sheets' rows are written first (their widths and lengths are known after), then
    // POI writes the workbook around them, and the rows and report links are spliced in.
    Path temp = Files.createTempFile("offer-analyzer-summary", ".xlsx");
    List<Table> tables = new ArrayList<>();
    SummaryCache cache = data.cache();
    Chunks chunks = new Chunks(cache);
    boolean written = false;
    try {
      SharedStrings shared = cache == null ? new SharedStrings() : cache.shared();
      List<WorkbookAssembly.Link> links = new ArrayList<>(data.rows().size());
      List<WorkbookAssembly.Splice> splices = new ArrayList<>();
      try (SXSSFWorkbook wb = new FastZipWorkbook();
          OutputStream tempOut = Files.newOutputStream(temp)) {
        Styles s = new Styles(wb);
        Map<String, HistoryTotals> history = HistoryTotals.of(data.history());
        boolean positioned = cache == null;
        Table ranking = table(tables, "Ranking", RANKING_HEADERS, shared, true);
        writeRanking(ranking.rows(), s, data.rows(), data.details(), history, links);
        RowDetails details = data.details();
        Table plans = table(tables, "Plans", PLAN_HEADERS, shared, positioned);
        chunks.write(
            plans,
            data.rows(),
            SummaryRow::offerId,
            true,
            r -> writePlans(plans.rows(), s, r, details));
        Table findings = table(tables, "Findings", FINDING_HEADERS, shared, positioned);
        if (data.findings().isEmpty()) {
          chunks.write(
              findings,
              data.rows(),
              SummaryRow::offerId,
              true,
              r -> writeFindings(findings.rows(), s, details.findings(r).orElse(List.of())));
        } else {
          writeFindings(findings.rows(), s, data.findings());
        }
        Table takeHome = table(tables, "Take-Home", TAKE_HOME_HEADERS, shared, positioned);
        chunks.write(
            takeHome,
            data.rows(),
            SummaryRow::offerId,
            true,
            r -> writeTakeHome(takeHome.rows(), s, r, details));
        writeErrors(table(tables, "Errors", ERROR_HEADERS, shared, true).rows(), s, data.errors());
        Table versions = table(tables, "History", HISTORY_HEADERS, shared, positioned);
        chunks.write(
            versions,
            data.history(),
            HistoryRow::offerId,
            false,
            h -> writeHistory(versions.rows(), s, h));
        Table email = table(tables, "Email", EMAIL_HEADERS, shared, positioned);
        chunks.write(
            email, data.email(), EmailRow::offerId, false, e -> writeEmail(email.rows(), s, e));
        for (Table t : tables) {
          SXSSFSheet sheet = wb.createSheet(t.name());
          header(sheet, s, t.headers());
          finish(sheet, t.rows().widths(), t.headers().size(), t.rows().rowsWithHeader());
          String part =
              wb.getXSSFWorkbook().getSheet(t.name()).getPackagePart().getPartName().getName();
          t.rows().finish();
          splices.add(
              new WorkbookAssembly.Splice(
                  part.substring(1),
                  t.rows(),
                  t.rows().rowsWithHeader(),
                  t.headers().size(),
                  t == ranking ? links : List.of()));
        }
        writeOverview(wb, s, data, history);
        writeAssumptions(wb, s, data.assumptions());
        wb.write(tempOut);
      }
      WorkbookAssembly.assemble(temp, out, splices, shared);
      written = true;
    } finally {
      if (cache != null) {
        if (written) {
          cache.written(chunks.kept);
        } else {
          cache.clear();
        }
      }
      data.details().close();
      for (Table t : tables) {
        t.rows().close();
      }
      Files.deleteIfExists(temp);
    }
  }

  /** A table sheet: its name, column heads and data rows. */
  private record Table(String name, List<String> headers, SheetRows rows) {}

  /**
   * A table sheet; {@code positioned}: its rows and cells carry their positions (see {@link
   * SheetRows}), as every sheet of a summary written whole does.
   */
  private static Table table(
      List<Table> tables,
      String name,
      List<String> headers,
      SharedStrings shared,
      boolean positioned)
      throws IOException {
    Table t =
        new Table(
            name, headers, new SheetRows(headers.size(), shared, Widths.of(headers), positioned));
    tables.add(t);
    return t;
  }

  private void writeRanking(
      SheetRows x,
      Styles s,
      List<SummaryRow> rows,
      RowDetails details,
      Map<String, HistoryTotals> history,
      List<WorkbookAssembly.Link> links)
      throws IOException {
    for (SummaryRow row : rows) {
      int r = x.next();
      int c = 0;
      number(x, c++, r, s.integer);
      text(x, c++, row.offerId(), s, false);
      text(x, c++, row.candidate(), s, false);
      text(x, c++, row.company(), s, true);
      text(x, c++, row.level(), s, true);
      text(x, c++, row.location(), s, true);
      for (Money y : row.years()) {
        money(x, c++, y, s);
      }
      money(x, c++, row.fourYearTotal(), s);
      money(x, c++, row.fourYearAverage(), s);
      moneyOrBlank(x, c++, details.fourYearTakeHome(row), s);
      moneyOrBlank(x, c++, details.fourYearDueAtFiling(row), s);
      if (row.marketPosition() == null) {
        x.blank(c++);
      } else {
        number(x, c++, row.marketPosition(), s.oneDecimal);
      }
      number(x, c++, row.redFlags(), s.integer);
      money(x, c++, row.proposedTotal(), s);
      number(x, c++, row.askPercent(), s.twoDecimals);
      text(x, c++, row.approval(), s, true);
      x.text(c, cellText(row.reportFile()), s.linkIndex, false);
      links.add(new WorkbookAssembly.Link(r, c++, row.reportFile()));
      money(x, c++, row.fourYearTotalWithRefreshers(), s);
      text(x, c++, row.closeCall(), s, false);
      HistoryTotals h = history.get(row.offerId());
      if (h != null) {
        number(x, c++, h.versions(), s.integer);
        money(x, c++, h.first(), s);
        money(x, c, h.gained(), s);
      }
    }
  }

  /**
   * The table sheets whose rows come offer by offer (or row by row): written whole, or, when the
   * folder keeps its summary ({@link SummaryCache}), in chunks, each one kept from the last summary
   * when its offers and their figures are the same.
   */
  private static final class Chunks {
    private final SummaryCache cache;
    final Map<String, Map<Object, SummaryCache.Chunk>> kept = new java.util.HashMap<>();

    Chunks(SummaryCache cache) {
      this.cache = cache;
    }

    /** Writes the rows of each of {@code groups} in turn, with {@code rows}. */
    <G> void write(
        Table table,
        List<G> groups,
        java.util.function.Function<G, String> offer,
        boolean keyedByOffer,
        GroupWriter<G> rows)
        throws IOException {
      if (cache == null) {
        for (G g : groups) {
          rows.write(g);
        }
        return;
      }
      Map<Object, SummaryCache.Chunk> keep = new java.util.HashMap<>();
      kept.put(table.name(), keep);
      int n = groups.size();
      for (int from = 0; from < n; ) {
        int to = from;
        while (to < n - 1 && !endsChunk(groups, to, offer)) {
          to++;
        }
        to++;
        Object[] keys = new Object[to - from];
        String[] offers = new String[to - from];
        for (int i = from; i < to; i++) {
          G g = groups.get(i);
          offers[i - from] = offer.apply(g);
          keys[i - from] = keyedByOffer ? offers[i - from] : g;
        }
        SummaryCache.Chunk c = cache.reusable(table.name(), keys, offers);
        if (c != null) {
          table.rows().append(c);
        } else {
          table.rows().startChunk();
          for (int i = from; i < to; i++) {
            rows.write(groups.get(i));
          }
          c = table.rows().endChunk(keys);
        }
        keep.put(keys[0], c);
        from = to;
      }
    }
  }

  /**
   * True when a chunk ends after {@code groups[i]}: its offer ends chunks ({@link
   * SummaryCache#endsChunk}) and the next group is another offer's (an offer's versions or messages
   * stay in one chunk).
   */
  private static <G> boolean endsChunk(
      List<G> groups, int i, java.util.function.Function<G, String> offer) {
    String o = offer.apply(groups.get(i));
    return SummaryCache.endsChunk(o) && !o.equals(offer.apply(groups.get(i + 1)));
  }

  /** Writes the rows of one offer (or one row) of a table sheet. */
  private interface GroupWriter<G> {
    void write(G group) throws IOException;
  }

  /** Sheet {@code Plans} (SPEC section 14): per offer in ranking order, the full plan first. */
  private void writePlans(SheetRows x, Styles s, SummaryRow row, RowDetails details)
      throws IOException {
    for (PlanRow p : details.plans(row)) {
      x.next();
      text(x, 0, row.offerId(), s, false);
      text(x, 1, p.tier(), s, true);
      money(x, 2, p.baseTarget(), s);
      money(x, 3, p.grantTarget(), s);
      money(x, 4, p.signOnTarget(), s);
      money(x, 5, p.proposedTotal(), s);
      number(x, 6, p.askPercent(), s.twoDecimals);
    }
  }

  private void writeFindings(SheetRows x, Styles s, Iterable<FindingRow> rows) throws IOException {
    for (FindingRow f : rows) {
      x.next();
      int c = 0;
      text(x, c++, f.offerId(), s, false);
      text(x, c++, f.candidate(), s, false);
      text(x, c++, f.severity(), s, true);
      text(x, c++, f.rule(), s, true);
      text(x, c++, f.title(), s, true);
      text(x, c++, f.figures(), s, false);
      text(x, c, f.advice(), s, true);
    }
  }

  /**
   * One row per offer and year (SPEC section 12), in ranking order, to the cent; an offer without
   * an estimate shows its wages and blank tax cells.
   */
  private void writeTakeHome(SheetRows x, Styles s, SummaryRow row, RowDetails details)
      throws IOException {
    List<TaxYear> takeHome = details.takeHome(row);
    for (int k = 1; k <= row.years().size(); k++) {
      x.next();
      text(x, 0, row.offerId(), s, false);
      text(x, 1, row.candidate(), s, false);
      number(x, 2, k, s.integer);
      if (takeHome.isEmpty()) {
        cents(x, 3, row.years().get(k - 1), s);
        continue;
      }
      TaxYear y = takeHome.get(k - 1);
      int c = 3;
      for (Money m : y.amounts()) {
        cents(x, c++, m, s);
      }
    }
  }

  private void writeErrors(SheetRows x, Styles s, List<ErrorRow> rows) throws IOException {
    for (ErrorRow e : rows) {
      x.next();
      text(x, 0, e.file(), s, true);
      text(x, 1, e.sheet(), s, true);
      if (e.row() != null) {
        number(x, 2, e.row(), s.integer);
      }
      text(x, 3, e.column(), s, true);
      text(x, 4, e.value(), s, false);
      text(x, 5, e.message(), s, false);
      text(x, 6, e.severity().label(), s, true);
    }
  }

  /**
   * The first sheet, {@code Overview}: headline cells (offers, candidates, total gained, red flags)
   * and a native bar chart of every offer's 4-year average, offers of one candidate side by side,
   * with the gain so far as a second series. Created last so the Ranking stays the workbook's first
   * part (its links are patched in by name), then moved to the front.
   */
  private void writeOverview(
      SXSSFWorkbook wb, Styles s, SummaryData data, Map<String, HistoryTotals> history) {
    SXSSFSheet sheet = wb.createSheet(OVERVIEW);
    // Grouped by candidate (the one candidate key), highest average first within a candidate;
    // each row's key is made once, not at every comparison.
    record Keyed(String key, SummaryRow row) {}
    List<Keyed> keyed = new ArrayList<>(data.rows().size());
    for (SummaryRow r : data.rows()) {
      keyed.add(new Keyed(dev.offeranalyzer.offer.CandidateKey.of(r.candidate()), r));
    }
    keyed.sort(
        java.util.Comparator.comparing(Keyed::key)
            .thenComparing(k -> k.row().fourYearAverage(), java.util.Comparator.reverseOrder())
            .thenComparing(k -> k.row().offerId()));
    List<SummaryRow> rows = keyed.stream().map(Keyed::row).toList();
    long candidates = keyed.stream().map(Keyed::key).distinct().count();
    Money gained = Money.ZERO;
    for (HistoryTotals h : history.values()) {
      gained = gained.plus(h.gained());
    }
    int redFlags = rows.stream().mapToInt(SummaryRow::redFlags).sum();
    Widths w = new Widths(3);
    w.see(1, 16);
    w.see(2, 14);
    sheet.setFitToPage(true);
    sheet.getPrintSetup().setLandscape(true);
    sheet.getPrintSetup().setFitWidth((short) 1);
    sheet.getPrintSetup().setFitHeight((short) 1);
    String[] labels = {"Offers", "Candidates", "Total gained", "Red flags"};
    for (int i = 0; i < labels.length; i++) {
      Row x = sheet.createRow(i);
      Cell l = x.createCell(0);
      l.setCellValue(labels[i]);
      l.setCellStyle(s.header);
      w.see(0, 24);
    }
    number(sheet.getRow(0), 1, rows.size(), s.integer, w);
    number(sheet.getRow(1), 1, candidates, s.integer, w);
    money(sheet.getRow(2), 1, gained, s, w);
    number(sheet.getRow(3), 1, redFlags, s.integer, w);
    int top = labels.length + 1;
    Row head = sheet.createRow(top);
    String[] heads = {"Offer", "4-Year Average", "Gained"};
    for (int c = 0; c < heads.length; c++) {
      Cell cell = head.createCell(c);
      cell.setCellValue(heads[c]);
      cell.setCellStyle(s.header);
    }
    int shown = Math.min(rows.size(), CHART_LIMIT);
    String[] names = new String[shown];
    Double[] averages = new Double[shown];
    Double[] gains = new Double[shown];
    for (int i = 0; i < shown; i++) {
      SummaryRow r = rows.get(i);
      HistoryTotals h = history.get(r.offerId());
      names[i] = cellText((r.candidate() == null ? "" : r.candidate()) + " \u00b7 " + r.offerId());
      averages[i] = r.fourYearAverage().amount().doubleValue();
      gains[i] = h == null ? 0.0 : h.gained().amount().doubleValue();
      Row x = sheet.createRow(top + 1 + i);
      text(x, 0, names[i], s, w);
      money(x, 1, r.fourYearAverage(), s, w);
      money(x, 2, h == null ? Money.ZERO : h.gained(), s, w);
    }
    if (rows.size() > shown) {
      text(
          sheet.createRow(top + 2 + shown),
          0,
          "The chart shows the first " + shown + " of " + rows.size() + " offers.",
          s,
          w);
    }
    for (int c = 0; c < 3; c++) {
      sheet.setColumnWidth(c, w.width(c));
    }
    if (shown > 0) {
      chart(sheet, names, averages, gains, top + 1);
    }
    wb.setSheetOrder(OVERVIEW, 0);
    wb.setActiveSheet(0);
    wb.setFirstVisibleTab(0);
    sheet.setSelected(true);
    for (int i = 1; i < wb.getNumberOfSheets(); i++) {
      wb.getSheetAt(i).setSelected(false);
    }
  }

  private static void chart(
      SXSSFSheet sheet, String[] names, Double[] averages, Double[] gains, int firstRow) {
    // The streaming sheet has no charts of its own; its workbook's XSSF sheet holds the drawing.
    org.apache.poi.xssf.usermodel.XSSFDrawing drawing =
        sheet.getWorkbook().getXSSFWorkbook().getSheet(OVERVIEW).createDrawingPatriarch();
    org.apache.poi.ss.usermodel.ClientAnchor anchor =
        drawing.createAnchor(0, 0, 0, 0, 4, 0, 4 + Math.max(12, Math.min(40, names.length)), 28);
    org.apache.poi.xssf.usermodel.XSSFChart chart = drawing.createChart(anchor);
    chart.setTitleText("4-year average per offer, grouped by candidate");
    chart.setTitleOverlay(false);
    chart.getOrAddLegend().setPosition(org.apache.poi.xddf.usermodel.chart.LegendPosition.BOTTOM);
    var bottom = chart.createCategoryAxis(org.apache.poi.xddf.usermodel.chart.AxisPosition.BOTTOM);
    var left = chart.createValueAxis(org.apache.poi.xddf.usermodel.chart.AxisPosition.LEFT);
    left.setCrosses(org.apache.poi.xddf.usermodel.chart.AxisCrosses.AUTO_ZERO);
    left.setNumberFormat("\"$\"#,##0");
    int last = firstRow + names.length;
    var cats =
        org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory.fromArray(
            names, "'" + OVERVIEW + "'!$A$" + (firstRow + 1) + ":$A$" + last);
    var avg =
        org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory.fromArray(
            averages, "'" + OVERVIEW + "'!$B$" + (firstRow + 1) + ":$B$" + last);
    var gain =
        org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory.fromArray(
            gains, "'" + OVERVIEW + "'!$C$" + (firstRow + 1) + ":$C$" + last);
    var data =
        (org.apache.poi.xddf.usermodel.chart.XDDFBarChartData)
            chart.createData(org.apache.poi.xddf.usermodel.chart.ChartTypes.BAR, bottom, left);
    data.setBarDirection(org.apache.poi.xddf.usermodel.chart.BarDirection.COL);
    data.setVaryColors(false);
    var averageSeries = data.addSeries(cats, avg);
    averageSeries.setTitle("4-year average", null);
    averageSeries.setFillProperties(solid(new byte[] {(byte) 0x1F, (byte) 0x3A, (byte) 0x5F}));
    var gainSeries = data.addSeries(cats, gain);
    gainSeries.setTitle("Gained so far (4-year total)", null);
    gainSeries.setFillProperties(solid(new byte[] {(byte) 0x2E, (byte) 0x8B, (byte) 0x57}));
    chart.plot(data);
  }

  private static org.apache.poi.xddf.usermodel.XDDFSolidFillProperties solid(byte[] rgb) {
    return new org.apache.poi.xddf.usermodel.XDDFSolidFillProperties(
        org.apache.poi.xddf.usermodel.XDDFColor.from(rgb));
  }

  private void writeHistory(SheetRows x, Styles s, HistoryRow h) throws IOException {
    x.next();
    int c = 0;
    text(x, c++, h.offerId(), s, false);
    text(x, c++, h.candidate(), s, false);
    number(x, c++, h.version(), s.integer);
    text(x, c++, h.seen().toString(), s, false);
    money(x, c++, h.base(), s);
    money(x, c++, h.signOnTotal(), s);
    money(x, c++, h.grant(), s);
    money(x, c++, h.fourYearTotal(), s);
    money(x, c++, h.change(), s);
    money(x, c, h.gained(), s);
  }

  private void writeEmail(SheetRows x, Styles s, EmailRow e) throws IOException {
    x.next();
    text(x, 0, e.offerId(), s, false);
    text(x, 1, e.recipient(), s, false);
    text(x, 2, e.state(), s, true);
    number(x, 3, e.attempts(), s.integer);
    text(x, 4, e.lastError(), s, true);
    text(x, 5, e.sentAt() == null ? null : e.sentAt().toString(), s, false);
    text(x, 6, e.nextTry().isEmpty() ? null : e.nextTry(), s, false);
  }

  /** An offer's history in the Ranking: how many versions, version 1's total, the gain since. */
  record HistoryTotals(int versions, Money first, Money gained) {
    static Map<String, HistoryTotals> of(List<HistoryRow> history) {
      Map<String, HistoryTotals> out = new java.util.HashMap<>();
      for (HistoryRow h : history) {
        HistoryTotals before = out.get(h.offerId());
        Money first = before == null ? h.fourYearTotal() : before.first();
        out.put(h.offerId(), new HistoryTotals(h.version(), first, h.gained()));
      }
      return out;
    }
  }

  private void writeAssumptions(
      SXSSFWorkbook wb, Styles s, List<Map.Entry<String, String>> assumptions) {
    SXSSFSheet sheet = wb.createSheet("Assumptions");
    List<String> headers = List.of("Assumption", "Value");
    header(sheet, s, headers);
    Widths w = Widths.of(headers);
    int r = 1;
    for (Map.Entry<String, String> a : assumptions) {
      Row x = sheet.createRow(r++);
      text(x, 0, a.getKey(), s, w);
      text(x, 1, a.getValue(), s, w);
    }
    for (int c = 0; c < headers.size(); c++) {
      sheet.setColumnWidth(c, w.width(c));
    }
  }

  private static void header(Sheet sheet, Styles s, List<String> headers) {
    Row h = sheet.createRow(0);
    for (int c = 0; c < headers.size(); c++) {
      Cell cell = h.createCell(c);
      cell.setCellValue(headers.get(c));
      cell.setCellStyle(s.header);
    }
    sheet.createFreezePane(0, 1);
  }

  private static void finish(Sheet sheet, Widths w, int columns, int rowsIncludingHeader) {
    sheet.setAutoFilter(
        new CellRangeAddress(0, Math.max(0, rowsIncludingHeader - 1), 0, columns - 1));
    for (int c = 0; c < columns; c++) {
      sheet.setColumnWidth(c, w.width(c));
    }
    printSetup(sheet);
  }

  /**
   * Prints well (SPEC section 8): landscape, one page wide however many pages long, the header row
   * repeated at the top of every page.
   */
  private static void printSetup(Sheet sheet) {
    sheet.setFitToPage(true);
    sheet.setAutobreaks(true);
    PrintSetup print = sheet.getPrintSetup();
    print.setLandscape(true);
    print.setFitWidth((short) 1);
    print.setFitHeight((short) 0);
    sheet.setRepeatingRows(new CellRangeAddress(0, 0, -1, -1));
  }

  private static void text(Row row, int col, String value, Styles s, Widths w) {
    if (value == null) {
      return;
    }
    String t = cellText(value);
    Cell cell = row.createCell(col);
    cell.setCellValue(t);
    cell.setCellStyle(s.text);
    w.see(col, t.length());
  }

  private static void text(SheetRows x, int col, String value, Styles s, boolean share) {
    if (value != null) {
      x.text(col, cellText(value), s.textIndex, share);
    }
  }

  private static void money(SheetRows x, int col, Money value, Styles s) {
    x.number(
        col,
        value.amount().toPlainString(),
        s.moneyIndex,
        dollarsWidth(value.roundedDollars() < 0, value.roundedDollars()) + 1);
  }

  private static void moneyOrBlank(SheetRows x, int col, Money value, Styles s) {
    if (value == null) {
      x.blank(col);
    } else {
      money(x, col, value, s);
    }
  }

  private static void cents(SheetRows x, int col, Money value, Styles s) {
    x.number(
        col,
        value.amount().toPlainString(),
        s.centsIndex,
        dollarsWidth(value.amount().signum() < 0, value.amount().longValue()) + 4);
  }

  private static void number(SheetRows x, int col, Number value, CellStyle style) {
    String plain = value instanceof BigDecimal b ? b.toPlainString() : value.toString();
    x.number(col, plain, style.getIndex(), value.toString().length() + 1);
  }

  private static void money(Row row, int col, Money value, Styles s, Widths w) {
    Cell cell = row.createCell(col);
    cell.setCellValue(value.amount().doubleValue());
    cell.setCellStyle(s.money);
    w.see(col, dollarsWidth(value.roundedDollars() < 0, value.roundedDollars()) + 1);
  }

  /**
   * The characters of {@code $1,234,567} (with a sign when negative) for a whole-dollar amount, as
   * the money format shows it; counted, not formatted, as it is asked for every money cell.
   */
  static int dollarsWidth(boolean negative, long dollars) {
    long abs = Math.abs(dollars);
    int digits = 1;
    for (long tens = 10; digits < 19 && abs >= tens; tens *= 10) {
      digits++;
    }
    return (negative ? 1 : 0) + 1 + digits + (digits - 1) / 3;
  }

  private static void number(Row row, int col, Number value, CellStyle style, Widths w) {
    Cell cell = row.createCell(col);
    cell.setCellValue(value instanceof BigDecimal b ? b.doubleValue() : value.doubleValue());
    cell.setCellStyle(style);
    w.see(col, value.toString().length() + 1);
  }

  /**
   * The text as a cell can hold it: characters XML cannot carry are dropped, and text longer than a
   * cell's limit is cut with a marker saying so.
   */
  static String cellText(String value) {
    if (value.length() <= CELL_LIMIT && xmlSafe(value)) {
      return value;
    }
    StringBuilder sb = new StringBuilder(Math.min(value.length(), CELL_LIMIT));
    for (int i = 0; i < value.length() && sb.length() <= CELL_LIMIT; i++) {
      char c = value.charAt(i);
      boolean xmlOk =
          c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF);
      if (xmlOk) {
        sb.append(c);
      }
    }
    if (sb.length() > CELL_LIMIT) {
      int keep = CELL_LIMIT - CUT_MARKER.length();
      if (Character.isHighSurrogate(sb.charAt(keep - 1))) {
        keep--;
      }
      sb.setLength(keep);
      sb.append(CUT_MARKER);
    }
    return sb.toString();
  }

  private static boolean xmlSafe(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < 0x20 ? c != '\t' && c != '\n' && c != '\r' : c == 0xFFFE || c == 0xFFFF) {
        return false;
      }
    }
    return true;
  }

  /**
   * Deflate level of the workbook's parts: the fastest, as the sheets of 10,000 offers run to MBs.
   */
  static final int ZIP_LEVEL = java.util.zip.Deflater.BEST_SPEED;

  /**
   * SXSSF with the fastest deflate level: about a fifth larger a file, written in a fraction of the
   * time (docs/performance.md). Keeps 200 rows in memory per sheet.
   */
  private static final class FastZipWorkbook extends SXSSFWorkbook {
    FastZipWorkbook() {
      super(200);
    }

    @Override
    protected org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream
        createArchiveOutputStream(OutputStream out) {
      var zip = super.createArchiveOutputStream(out);
      zip.setLevel(ZIP_LEVEL);
      return zip;
    }
  }

  /** Column widths that fit the content, within bounds. */
  static final class Widths {
    private final int[] chars;

    Widths(int columns) {
      chars = new int[columns];
    }

    /** Widths wide enough for the column heads (and the filter button beside them). */
    static Widths of(List<String> headers) {
      Widths w = new Widths(headers.size());
      for (int c = 0; c < headers.size(); c++) {
        w.see(c, headers.get(c).length() + 3);
      }
      return w;
    }

    /** Widens these widths to {@code other}'s. */
    void merge(Widths other) {
      for (int c = 0; c < chars.length; c++) {
        chars[c] = Math.max(chars[c], other.chars[c]);
      }
    }

    void see(int col, int length) {
      chars[col] = Math.max(chars[col], Math.min(length, MAX_WIDTH_CHARS));
    }

    int width(int col) {
      return Math.max(8, chars[col] + 2) * 256;
    }
  }

  private static final class Styles {
    final CellStyle header;
    final CellStyle text;
    final CellStyle money;
    final CellStyle cents;
    final CellStyle integer;
    final CellStyle oneDecimal;
    final CellStyle twoDecimals;
    final CellStyle link;
    final int textIndex;
    final int moneyIndex;
    final int centsIndex;
    final int linkIndex;

    Styles(SXSSFWorkbook wb) {
      var fmt = wb.createDataFormat();
      Font bold = wb.createFont();
      bold.setBold(true);
      bold.setColor(IndexedColors.WHITE.getIndex());
      header = wb.createCellStyle();
      header.setFont(bold);
      header.setFillForegroundColor(IndexedColors.DARK_BLUE.getIndex());
      header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      header.setBorderBottom(BorderStyle.THIN);
      header.setVerticalAlignment(VerticalAlignment.CENTER);
      header.setWrapText(false);
      text = wb.createCellStyle();
      text.setDataFormat(fmt.getFormat("@"));
      text.setQuotePrefixed(true);
      money = wb.createCellStyle();
      money.setDataFormat(fmt.getFormat("\"$\"#,##0;-\"$\"#,##0"));
      cents = wb.createCellStyle();
      cents.setDataFormat(fmt.getFormat("\"$\"#,##0.00;-\"$\"#,##0.00"));
      integer = wb.createCellStyle();
      integer.setDataFormat(fmt.getFormat("0"));
      oneDecimal = wb.createCellStyle();
      oneDecimal.setDataFormat(fmt.getFormat("0.0"));
      twoDecimals = wb.createCellStyle();
      twoDecimals.setDataFormat(fmt.getFormat("0.00"));
      Font blue = wb.createFont();
      blue.setUnderline(Font.U_SINGLE);
      blue.setColor(IndexedColors.BLUE.getIndex());
      link = wb.createCellStyle();
      link.setFont(blue);
      textIndex = text.getIndex();
      moneyIndex = money.getIndex();
      centsIndex = cents.getIndex();
      linkIndex = link.getIndex();
    }
  }
}
