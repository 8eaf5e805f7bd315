package dev.offeranalyzer.report.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class SummaryWarmUpTest {

  @Test
  void warmUp_writesAWholeOneOfferWorkbookWithItsChart() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    SummaryWarmUp.write(out);

    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
      assertThat(wb.getSheet("Ranking").getRow(1).getCell(1).getStringCellValue())
          .isEqualTo("WARM-UP");
      assertThat(wb.getSheet("Plans").getLastRowNum()).isEqualTo(1);
      assertThat(wb.getSheet("Findings").getLastRowNum()).isEqualTo(1);
      assertThat(wb.getSheet("History").getLastRowNum()).isEqualTo(1);
      assertThat(wb.getSheet(SummaryWorkbook.OVERVIEW).getDrawingPatriarch().getCharts())
          .hasSize(1);
    }
  }
}
