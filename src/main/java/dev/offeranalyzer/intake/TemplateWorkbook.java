package dev.offeranalyzer.intake;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The blank input workbook of {@code template --output FILE.xlsx} (SPEC section 1): one header row
 * with the SPEC section 2 columns, a comment on each header saying what goes there, number formats
 * and drop-down lists on the first {@value #DATA_ROWS} data rows, one filled example row, and a
 * "How to fill in" sheet. Read back by {@link OfferReader}, it gives exactly the example offer.
 */
public final class TemplateWorkbook {

  /** Rows below the header that get drop-down lists. */
  public static final int DATA_ROWS = 500;

  public static final String OFFERS_SHEET = "Offers";
  public static final String HELP_SHEET = "How to fill in";

  private static final String MONEY_FORMAT = "$#,##0";
  private static final String PRICE_FORMAT = "$#,##0.00";
  private static final String PERCENT_FORMAT = "0.0%";
  private static final String DATE_FORMAT = "yyyy-mm-dd";
  private static final String SHARES_FORMAT = "#,##0";
  private static final String TEXT_FORMAT = "@";

  private enum Kind {
    TEXT,
    MONEY,
    PRICE,
    SHARES,
    PERCENT,
    DATE
  }

  /** What each column holds and how the template presents it. */
  private record Spec(Kind kind, String help, Object example, List<String> choices) {}

  private static final Map<Column, Spec> SPECS = specs();

  private TemplateWorkbook() {}

  /** Writes the template as .xlsx; the stream is left open. */
  public static void write(OutputStream out) throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      offersSheet(wb);
      helpSheet(wb);
      wb.write(out);
    }
  }

  private static void offersSheet(XSSFWorkbook wb) {
    Sheet sheet = wb.createSheet(OFFERS_SHEET);
    CreationHelper ch = wb.getCreationHelper();
    Map<Kind, CellStyle> styles = new EnumMap<>(Kind.class);
    for (Kind k : Kind.values()) {
      CellStyle s = wb.createCellStyle();
      s.setDataFormat(ch.createDataFormat().getFormat(format(k)));
      styles.put(k, s);
    }
    CellStyle header = wb.createCellStyle();
    Font bold = wb.createFont();
    bold.setBold(true);
    header.setFont(bold);
    header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
    header.setFillPattern(FillPatternType.SOLID_FOREGROUND);

    Row head = sheet.createRow(0);
    Row example = sheet.createRow(1);
    Drawing<?> drawing = sheet.createDrawingPatriarch();
    DataValidationHelper dv = sheet.getDataValidationHelper();
    Column[] columns = Column.values();
    for (int i = 0; i < columns.length; i++) {
      Column c = columns[i];
      Spec spec = SPECS.get(c);
      Cell h = head.createCell(i);
      h.setCellValue(c.canonicalName());
      h.setCellStyle(header);
      ClientAnchor anchor = ch.createClientAnchor();
      anchor.setCol1(i);
      anchor.setCol2(i + 3);
      anchor.setRow1(0);
      anchor.setRow2(5);
      Comment comment = drawing.createCellComment(anchor);
      comment.setString(ch.createRichTextString(helpText(c, spec)));
      comment.setAuthor("Offer Analyzer");
      h.setCellComment(comment);

      sheet.setDefaultColumnStyle(i, styles.get(spec.kind()));
      Cell e = example.createCell(i);
      e.setCellStyle(styles.get(spec.kind()));
      setExample(e, spec.example());

      if (!spec.choices().isEmpty()) {
        DataValidation v =
            dv.createValidation(
                dv.createExplicitListConstraint(spec.choices().toArray(String[]::new)),
                new CellRangeAddressList(1, DATA_ROWS, i, i));
        boolean strict = c == Column.WORK_MODE || c == Column.FILING_STATUS;
        v.setErrorStyle(strict ? DataValidation.ErrorStyle.STOP : DataValidation.ErrorStyle.INFO);
        v.setShowErrorBox(strict);
        v.setSuppressDropDownArrow(true);
        sheet.addValidationData(v);
      }
      int chars =
          Math.max(10, Math.max(c.canonicalName().length() + 3, exampleWidth(spec.example()) + 2));
      sheet.setColumnWidth(i, Math.min(chars, 40) * 256);
    }
    sheet.createFreezePane(2, 1);
  }

  private static void helpSheet(XSSFWorkbook wb) {
    Sheet s = wb.createSheet(HELP_SHEET);
    CellStyle wrap = wb.createCellStyle();
    wrap.setWrapText(true);
    s.createRow(0).createCell(0).setCellValue("How to fill in the Offers sheet");
    String[] intro = {
      "One offer per row under the header row. Keep the header as it is; columns may be moved.",
      "Row 2 is an example: overwrite it or delete it before running.",
      "Money: 200000, 200,000, $200,000.50, 200k or 1.2M. Percent: 15%, 15 or 0.15."
          + " Dates: 2026-01-15 or 1/15/2026.",
      "Required: candidate, base_salary, and the grant as rsu_value or as rsu_shares with"
          + " stock_price.",
      "Empty cells mean 'not given'. Entirely empty rows are skipped.",
    };
    int r = 1;
    for (String line : intro) {
      s.createRow(r++).createCell(0).setCellValue(line);
    }
    r++;
    Row head = s.createRow(r++);
    head.createCell(0).setCellValue("Column");
    head.createCell(1).setCellValue("Also accepted as");
    head.createCell(2).setCellValue("What goes there");
    for (Column c : Column.values()) {
      Row row = s.createRow(r++);
      row.createCell(0).setCellValue(c.canonicalName());
      row.createCell(1).setCellValue(String.join(", ", c.aliases()));
      Cell help = row.createCell(2);
      help.setCellValue(helpText(c, SPECS.get(c)));
      help.setCellStyle(wrap);
    }
    s.setColumnWidth(0, 22 * 256);
    s.setColumnWidth(1, 30 * 256);
    s.setColumnWidth(2, 90 * 256);
  }

  private static String helpText(Column c, Spec spec) {
    String req = c.isRequired() ? "Required. " : "";
    String choices =
        spec.choices().isEmpty() ? "" : " Choices: " + String.join(", ", spec.choices()) + ".";
    return req + spec.help() + choices;
  }

  private static void setExample(Cell cell, Object v) {
    if (v instanceof String s) {
      cell.setCellValue(s);
    } else if (v instanceof Number n) {
      cell.setCellValue(n.doubleValue());
    } else if (v instanceof LocalDate d) {
      cell.setCellValue(d);
    }
  }

  private static int exampleWidth(Object v) {
    if (v instanceof LocalDate) {
      return 10;
    }
    return v == null ? 0 : String.valueOf(v).length() + 2;
  }

  private static String format(Kind k) {
    return switch (k) {
      case TEXT -> TEXT_FORMAT;
      case MONEY -> MONEY_FORMAT;
      case PRICE -> PRICE_FORMAT;
      case SHARES -> SHARES_FORMAT;
      case PERCENT -> PERCENT_FORMAT;
      case DATE -> DATE_FORMAT;
    };
  }

  private static Map<Column, Spec> specs() {
    Map<Column, Spec> m = new EnumMap<>(Column.class);
    List<String> none = List.of();
    m.put(
        Column.OFFER_ID,
        new Spec(
            Kind.TEXT,
            "Your id for the offer; empty: file name and row number.",
            "example-1",
            none));
    m.put(Column.CANDIDATE, new Spec(Kind.TEXT, "The candidate's name.", "Jordan Example", none));
    m.put(
        Column.EMAIL,
        new Spec(Kind.TEXT, "Where the report is sent (one address).", "jordan@example.com", none));
    m.put(
        Column.COMPANY,
        new Spec(Kind.TEXT, "The employer making the offer; empty: Amazon.", "Amazon", none));
    m.put(Column.ROLE, new Spec(Kind.TEXT, "The job title.", "Senior Software Engineer", none));
    m.put(
        Column.LEVEL,
        new Spec(
            Kind.TEXT,
            "The offered level; needed for the market comparison.",
            "L6",
            List.of("L4", "L5", "L6", "L7", "L8")));
    m.put(
        Column.LOCATION,
        new Spec(
            Kind.TEXT,
            "The market; SF and San Francisco count as Bay Area, New York as NYC. Other cities are kept as typed.",
            "Seattle",
            List.of("Seattle", "Bay Area", "NYC", "Austin")));
    m.put(
        Column.BASE_SALARY,
        new Spec(Kind.MONEY, "Annual base salary in US dollars.", 195_000, none));
    m.put(
        Column.SIGN_ON_YEAR1,
        new Spec(Kind.MONEY, "Sign-on bonus paid in year 1; empty: 0.", 75_000, none));
    m.put(
        Column.SIGN_ON_YEAR2,
        new Spec(Kind.MONEY, "Sign-on bonus paid in year 2; empty: 0.", 55_000, none));
    m.put(
        Column.RSU_VALUE,
        new Spec(
            Kind.MONEY,
            "Dollar value of the whole RSU grant. Give this, or rsu_shares with stock_price.",
            360_000,
            none));
    m.put(
        Column.RSU_SHARES,
        new Spec(
            Kind.SHARES,
            "Number of shares granted, when the grant is given in shares.",
            null,
            none));
    m.put(
        Column.STOCK_PRICE,
        new Spec(Kind.PRICE, "Price per share at grant; needed with rsu_shares.", null, none));
    m.put(
        Column.VESTING,
        new Spec(
            Kind.TEXT,
            "How the grant vests: a preset ("
                + String.join(", ", dev.offeranalyzer.offer.VestingPresets.names())
                + "; empty: the company's preset, else even) or a schedule like 25/25/25/25"
                + " quarterly cliff (yearly percents adding up to 100; annual, semiannual,"
                + " quarterly or monthly; optional cliff).",
            "amazon",
            vestingChoices()));
    m.put(
        Column.STOCK_GROWTH,
        new Spec(
            Kind.PERCENT,
            "Assumed yearly change of the share price, may be negative; empty: 0%.",
            0.05,
            none));
    m.put(
        Column.ANNUAL_BONUS_PCT,
        new Spec(Kind.PERCENT, "Target cash bonus as a percent of base; empty: 0%.", 0, none));
    m.put(
        Column.RELOCATION,
        new Spec(
            Kind.MONEY,
            "One-time relocation money; shown, not part of compensation.",
            15_000,
            none));
    m.put(
        Column.UNVESTED_EQUITY,
        new Spec(
            Kind.MONEY,
            "Unvested equity the candidate forfeits at the current employer.",
            80_000,
            none));
    m.put(
        Column.FORFEITED_BONUS,
        new Spec(Kind.MONEY, "Bonus the candidate loses by leaving.", 20_000, none));
    m.put(
        Column.WALK_AWAY, new Spec(Kind.MONEY, "Lowest acceptable 4-year average.", 300_000, none));
    m.put(
        Column.TARGET_LEVEL,
        new Spec(
            Kind.TEXT,
            "The level the candidate is aiming for.",
            "L7",
            List.of("L4", "L5", "L6", "L7", "L8")));
    m.put(
        Column.OFFER_DATE,
        new Spec(Kind.DATE, "When the offer was made.", LocalDate.of(2026, 1, 15), none));
    m.put(
        Column.START_DATE,
        new Spec(
            Kind.DATE,
            "Planned first day; the vest calendar counts from it.",
            LocalDate.of(2026, 3, 2),
            none));
    m.put(
        Column.DECISION_DEADLINE,
        new Spec(Kind.DATE, "When the answer is due.", LocalDate.of(2026, 1, 22), none));
    m.put(
        Column.WORK_MODE,
        new Spec(
            Kind.TEXT, "Where the work happens.", "hybrid", List.of("onsite", "hybrid", "remote")));
    m.put(
        Column.FILING_STATUS,
        new Spec(
            Kind.TEXT,
            "Tax filing status for the take-home estimate: single, or married (filing jointly);"
                + " empty: single.",
            "single",
            List.of("single", "married")));
    m.put(
        Column.STATE,
        new Spec(
            Kind.TEXT,
            "Two-letter US state for taxes; empty: from the location (Seattle WA, Bay Area CA, NYC"
                + " NY, Austin TX). States without tax tables get no take-home estimate.",
            "WA",
            List.of("WA", "CA", "NY", "TX")));
    m.put(
        Column.REFRESHER_PER_YEAR,
        new Spec(
            Kind.MONEY,
            "Refresher grant expected at each anniversary; shown beside the four years, not in"
                + " them.",
            null,
            none));
    m.put(
        Column.SIGN_ON_TERMS,
        new Spec(
            Kind.TEXT,
            "Sign-on repayment if you leave early: prorated (default), full or none.",
            "prorated",
            List.of("prorated", "full", "none")));
    return m;
  }

  /** The drop-down of the vesting column: every preset, then two schedules as examples. */
  static List<String> vestingChoices() {
    List<String> out = new java.util.ArrayList<>(dev.offeranalyzer.offer.VestingPresets.names());
    out.add("5/15/40/40");
    out.add("25/25/25/25 quarterly cliff");
    return out;
  }
}
