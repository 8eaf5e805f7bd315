package dev.offeranalyzer.samples;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes {@code sample-inputs/coach-pipeline.xlsx}, the sample workbook the README's main command
 * reads: real date cells, a formula cell, a second visible sheet and a hidden one that must not be
 * read. Run with {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=dev.offeranalyzer.samples.SampleWorkbookGenerator}.
 */
public final class SampleWorkbookGenerator {

  private static final String[] HEADERS = {
    "Offer ID",
    "Candidate Name",
    "Email",
    "Company",
    "Title",
    "Level",
    "City",
    "Base",
    "Signing Year1",
    "Signing Year2",
    "Equity",
    "Shares",
    "Share Price",
    "Vesting Schedule",
    "Growth",
    "Target Bonus",
    "Relocation",
    "Walk Away Equity",
    "Forfeited Bonus",
    "Minimum",
    "Target Level",
    "Offer Date",
    "Start Date",
    "Decision Deadline",
    "Work Mode"
  };

  private SampleWorkbookGenerator() {}

  public static void main(String[] args) throws Exception {
    Path target = Path.of(args.length > 0 ? args[0] : "sample-inputs/coach-pipeline.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook();
        OutputStream out = Files.newOutputStream(target)) {
      CellStyle date = wb.createCellStyle();
      date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
      CellStyle money = wb.createCellStyle();
      money.setDataFormat(wb.createDataFormat().getFormat("\"$\"#,##0"));
      CellStyle pct = wb.createCellStyle();
      pct.setDataFormat(wb.createDataFormat().getFormat("0%"));

      Sheet active = wb.createSheet("Active offers");
      header(active);
      Object[][] rows = {
        {
          "B-201",
          "Emily Johnson",
          "emily.johnson@example.com",
          "Amazon",
          "Senior Principal Engineer",
          "L7",
          "Seattle",
          285000,
          350000,
          250000,
          null,
          null,
          null,
          "amazon",
          0.06,
          null,
          null,
          420000,
          80000,
          560000,
          null,
          d(2026, 11, 9),
          d(2027, 1, 4),
          d(2026, 11, 16),
          "onsite"
        },
        {
          "B-202",
          "José Müller",
          "jose.muller@example.com",
          "Amazon",
          "Software Development Manager",
          "L6",
          "San Francisco",
          205000,
          120000,
          90000,
          480000,
          null,
          null,
          "amazon",
          0.07,
          null,
          30000,
          150000,
          null,
          null,
          "L7",
          d(2026, 11, 10),
          d(2026, 11, 30),
          d(2026, 11, 11),
          "remote"
        },
        {
          "B-203",
          "Aisha Patel",
          "aisha.patel@example.com",
          "Amazon",
          "Senior Software Engineer",
          "L6",
          "Seattle",
          220000,
          100000,
          80000,
          380000,
          null,
          null,
          "5/15/40/40",
          0.05,
          null,
          null,
          60000,
          null,
          270000,
          null,
          d(2026, 11, 12),
          d(2027, 2, 15),
          d(2026, 11, 20),
          "hybrid"
        },
        {
          "B-204",
          "Aisha Patel",
          "aisha.patel@example.com",
          "Meta",
          "Software Engineer",
          "E5",
          "Bay Area",
          225000,
          75000,
          null,
          500000,
          null,
          null,
          "25/25/25/25",
          0.05,
          0.15,
          null,
          60000,
          null,
          270000,
          null,
          d(2026, 11, 11),
          d(2027, 2, 15),
          d(2026, 11, 25),
          "hybrid"
        },
      };
      int r = 1;
      for (Object[] values : rows) {
        Row row = active.createRow(r++);
        for (int c = 0; c < values.length; c++) {
          put(row, c, values[c], date, money, pct);
        }
      }
      // Emily's grant is written as a formula, as coaches often do (base grant plus a top-up).
      Cell grant = active.getRow(1).createCell(10);
      grant.setCellFormula("600000+100000");
      grant.setCellStyle(money);

      Sheet second = wb.createSheet("From referrals");
      header(second);
      Object[][] more = {
        {
          "C-301",
          "Tom Becker",
          "tom.becker@example.com",
          "Amazon",
          "Principal Engineer",
          "L7",
          "New York",
          300000,
          150000,
          100000,
          950000,
          null,
          null,
          null,
          0.0,
          null,
          null,
          null,
          null,
          null,
          null,
          d(2026, 11, 13),
          d(2027, 1, 18),
          d(2026, 11, 20),
          "hybrid"
        },
        {
          "C-302",
          "Hannah Lee",
          "hannah.lee@example.com",
          "Amazon",
          "SDE III",
          "L6",
          "Austin",
          178000,
          70000,
          50000,
          null,
          1500,
          218.5,
          null,
          0.1,
          null,
          20000,
          40000,
          10000,
          null,
          null,
          d(2026, 11, 14),
          d(2026, 12, 28),
          d(2026, 11, 21),
          "onsite"
        },
      };
      r = 1;
      for (Object[] values : more) {
        Row row = second.createRow(r++);
        for (int c = 0; c < values.length; c++) {
          put(row, c, values[c], date, money, pct);
        }
      }

      Sheet notes = wb.createSheet("Coach notes");
      header(notes);
      Row hiddenRow = notes.createRow(1);
      put(hiddenRow, 0, "X-999", date, money, pct);
      put(hiddenRow, 1, "Not an offer", date, money, pct);
      put(hiddenRow, 7, 999999, date, money, pct);
      wb.setSheetVisibility(wb.getSheetIndex(notes), SheetVisibility.HIDDEN);
      for (Sheet s : new Sheet[] {active, second}) {
        for (int c = 0; c < HEADERS.length; c++) {
          s.setColumnWidth(c, 16 * 256);
        }
        s.createFreezePane(0, 1);
      }
      wb.write(out);
    }
  }

  private static void header(Sheet sheet) {
    Row h = sheet.createRow(0);
    for (int c = 0; c < HEADERS.length; c++) {
      h.createCell(c).setCellValue(HEADERS[c]);
    }
  }

  private static LocalDate d(int y, int m, int day) {
    return LocalDate.of(y, m, day);
  }

  private static void put(
      Row row, int c, Object v, CellStyle date, CellStyle money, CellStyle pct) {
    if (v == null) {
      return;
    }
    Cell cell = row.createCell(c);
    if (v instanceof String s) {
      cell.setCellValue(s);
    } else if (v instanceof LocalDate d) {
      cell.setCellValue(d);
      cell.setCellStyle(date);
    } else if (v instanceof Double d) {
      cell.setCellValue(d);
      cell.setCellStyle(d < 1 ? pct : money);
    } else if (v instanceof Integer i) {
      cell.setCellValue(i);
      cell.setCellStyle(money);
    }
  }
}
