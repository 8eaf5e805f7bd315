package dev.offeranalyzer.testing;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** A workbook as lines of text, to compare two workbooks whole. */
public final class WorkbookCells {
  private WorkbookCells() {}

  /** Every cell of every sheet: its place, type, format and shown value; widths and links. */
  public static List<String> of(byte[] xlsx) throws Exception {
    List<String> out = new ArrayList<>();
    DataFormatter f = new DataFormatter();
    Map<Short, String> formats = new java.util.HashMap<>();
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      for (Sheet sheet : wb) {
        out.add("sheet " + sheet.getSheetName() + " rows " + sheet.getLastRowNum());
        for (int c = 0; c < 26; c++) {
          out.add(sheet.getSheetName() + " width " + c + " " + sheet.getColumnWidth(c));
        }
        for (Row row : sheet) {
          for (Cell cell : row) {
            if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.BLANK) {
              continue;
            }
            out.add(
                sheet.getSheetName()
                    + "!"
                    + cell.getAddress()
                    + " "
                    + cell.getCellType()
                    + " "
                    + formats.computeIfAbsent(
                        cell.getCellStyle().getIndex(),
                        i -> cell.getCellStyle().getDataFormatString())
                    + " "
                    + f.formatCellValue(cell));
          }
        }
        if (sheet instanceof XSSFSheet x) {
          x.getHyperlinkList().forEach(l -> out.add(l.getCellRef() + " -> " + l.getAddress()));
        }
        if (sheet instanceof XSSFSheet x && x.getCTWorksheet().isSetAutoFilter()) {
          out.add(sheet.getSheetName() + " filter " + x.getCTWorksheet().getAutoFilter().getRef());
        }
      }
    }
    return out;
  }
}
