package dev.offeranalyzer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateCommandIT {

  @TempDir Path dir;

  @Test
  void template_filledInWithOneMoreRow_runsThroughTheBatch() throws Exception {
    Path template = dir.resolve("in").resolve("offers.xlsx");
    Files.createDirectories(template.getParent());
    assertThat(Main.execute("template", "--output", template.toString())).isZero();
    assertThat(Main.execute("template", "--output", template.toString())).isEqualTo(2);

    // A coach fills in a second row below the example.
    try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(template))) {
      Sheet offers = wb.getSheet("Offers");
      Row header = offers.getRow(0);
      Row row = offers.getRow(2) == null ? offers.createRow(2) : offers.getRow(2);
      for (int c = 0; c < header.getLastCellNum(); c++) {
        String h = header.getCell(c).getStringCellValue();
        switch (h) {
          case "offer_id" -> row.createCell(c).setCellValue("MINE-1");
          case "candidate" -> row.createCell(c).setCellValue("Filled In");
          case "base_salary" -> row.createCell(c).setCellValue(190_000);
          case "rsu_value" -> row.createCell(c).setCellValue(350_000);
          case "level" -> row.createCell(c).setCellValue("L6");
          case "location" -> row.createCell(c).setCellValue("Austin");
          default -> {}
        }
      }
      try (OutputStream o = Files.newOutputStream(template)) {
        wb.write(o);
      }
    }

    Path out = dir.resolve("out");
    int code =
        Main.execute("run", "--input", template.getParent().toString(), "--output", out.toString());

    assertThat(code).isZero();
    try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out.resolve("summary.xlsx")))) {
      Sheet ranking = wb.getSheet("Ranking");
      assertThat(ranking.getLastRowNum()).isEqualTo(2);
    }
    assertThat(out.resolve("MINE-1.pdf")).exists();
  }
}
