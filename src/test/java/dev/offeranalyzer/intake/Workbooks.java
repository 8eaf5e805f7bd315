package dev.offeranalyzer.intake;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Test fixtures: workbooks built with POI. */
final class Workbooks {

  private Workbooks() {}

  static Workbook xlsx() {
    return new XSSFWorkbook();
  }

  static Workbook xls() {
    return new HSSFWorkbook();
  }

  static Path save(Workbook wb, Path file) throws IOException {
    try (OutputStream out = Files.newOutputStream(file);
        wb) {
      wb.write(out);
    }
    return file;
  }

  static Row row(Sheet s, int index, Object... values) {
    Row r = s.createRow(index);
    for (int i = 0; i < values.length; i++) {
      Object v = values[i];
      if (v == null) {
        continue;
      }
      Cell c = r.createCell(i);
      if (v instanceof Number n) {
        c.setCellValue(n.doubleValue());
      } else if (v instanceof LocalDate d) {
        c.setCellValue(d);
      } else {
        c.setCellValue(v.toString());
      }
    }
    return r;
  }

  /**
   * Two visible offer sheets, one hidden and one very hidden, a notes sheet; a date cell, a percent
   * cell, an error cell, and a formula on Sheet1 row 3 that is evaluated and stored only when
   * {@code cacheFormulas}.
   */
  static Workbook mixed(Workbook wb, boolean cacheFormulas) {
    CellStyle date = wb.createCellStyle();
    date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
    CellStyle pct = wb.createCellStyle();
    pct.setDataFormat(wb.createDataFormat().getFormat("0%"));

    Sheet notes = wb.createSheet("Notes");
    row(notes, 0, "These are my notes");
    row(notes, 1, "candidate", "is the name");

    Sheet s1 = wb.createSheet("Sheet1");
    row(s1, 0, "Candidate", "Base Salary", "RSU Value", "Offer Date", "Stock Growth", "Level");
    Row r2 = row(s1, 1, "Ana Lima", 200000, 400000, LocalDate.of(2026, 1, 15), 0.05, "l6");
    r2.getCell(3).setCellStyle(date);
    r2.getCell(4).setCellStyle(pct);
    Row r3 = row(s1, 2, "Ben Ode", null, 300000);
    Cell f = r3.createCell(1);
    f.setCellFormula("100000*2+5000");
    if (cacheFormulas) {
      wb.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(f);
    }
    Row r4 = row(s1, 3, "Cy Err", null, 300000);
    r4.createCell(1).setCellErrorValue(FormulaError.DIV0.getCode());
    row(s1, 4);
    row(s1, 5, "Dee Five", "210k", 350000, "3/2/2026", "7%", "L7");

    Sheet s2 = wb.createSheet("Second Sheet");
    row(s2, 2, "name", "base", "equity");
    row(s2, 3, "Eve Two", 190000, 100000);

    Sheet hidden = wb.createSheet("Hidden");
    row(hidden, 0, "candidate", "base_salary", "rsu_value");
    row(hidden, 1, "Hidden Person", 1, 1);
    wb.setSheetVisibility(wb.getSheetIndex(hidden), SheetVisibility.HIDDEN);
    Sheet veryHidden = wb.createSheet("VeryHidden");
    row(veryHidden, 0, "candidate", "base_salary", "rsu_value");
    row(veryHidden, 1, "Very Hidden Person", 1, 1);
    wb.setSheetVisibility(wb.getSheetIndex(veryHidden), SheetVisibility.VERY_HIDDEN);
    return wb;
  }
}
