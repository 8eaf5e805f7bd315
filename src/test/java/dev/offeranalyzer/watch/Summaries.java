package dev.offeranalyzer.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
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

  /**
   * If {@code summary} exists, it is whole: POI opens it and finds its Ranking sheet. A killed run
   * may have written none yet; it never leaves one cut short under the final name.
   */
  static void assertWholeIfPresent(Path summary) throws Exception {
    if (!Files.exists(summary)) {
      return;
    }
    try (InputStream in = Files.newInputStream(summary);
        XSSFWorkbook wb = new XSSFWorkbook(in)) {
      assertThat(wb.getSheet("Ranking")).as("Ranking sheet of " + summary).isNotNull();
    } catch (IOException | RuntimeException e) {
      throw new AssertionError("POI cannot open " + summary + ": " + e.getMessage(), e);
    }
  }

  /** Offer ids of the Ranking sheet, in rank order. */
  static List<String> rankedIds(Path summary) throws Exception {
    return column(summary, "Ranking", 1);
  }
}
