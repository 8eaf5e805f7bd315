package dev.offeranalyzer.watch;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Reads summary.xlsx back for assertions. */
final class Summaries {
  private Summaries() {}

  /** The text of {@code column} (0-based) of every data row of {@code sheet}. */
  static List<String> column(Path summary, String sheet, int column) throws Exception {
    try (InputStream in = Files.newInputStream(summary);
        XSSFWorkbook wb = new XSSFWorkbook(in)) {
      Sheet s = wb.getSheet(sheet);
      List<String> values = new ArrayList<>();
      for (Row r : s) {
        if (r.getRowNum() == 0) {
          continue;
        }
        var cell = r.getCell(column);
        values.add(cell == null ? "" : cell.toString());
      }
      return values;
    }
  }

  /** Offer ids of the Ranking sheet, in rank order. */
  static List<String> rankedIds(Path summary) throws Exception {
    return column(summary, "Ranking", 1);
  }
}
