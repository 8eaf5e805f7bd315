package dev.offeranalyzer.report.summary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offeranalyzer.offer.Money;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class SummaryWorkbookTest {

  private static SummaryRow row(String id, String candidate, long average, BigDecimal position) {
    Money avg = Money.of(average);
    return new SummaryRow(
        id,
        candidate,
        "Amazon",
        "L6",
        "Seattle",
        List.of(avg, avg, avg, avg),
        avg.times(BigDecimal.valueOf(4)),
        avg,
        position,
        1,
        Money.of(average * 5),
        new BigDecimal("12.50"),
        "Hiring manager",
        id + ".pdf");
  }

  private static XSSFWorkbook writeAndRead(SummaryData data) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new SummaryWorkbook().write(data, out);
    return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
  }

  @Test
  void ranking_ordersByAverageThenCandidateThenId_withNumbersAndLinks() throws Exception {
    SummaryData data =
        new SummaryData(
            List.of(
                row("B", "Zoe", 300_000, null),
                row("A2", "Adam", 300_000, new BigDecimal("41.25")),
                row("A1", "Adam", 300_000, new BigDecimal("10")),
                row("C", "Carl", 400_000, new BigDecimal("90"))),
            List.of(),
            List.of(),
            List.of(Map.entry("Hours per year", "2080")));

    try (XSSFWorkbook wb = writeAndRead(data)) {
      Sheet ranking = wb.getSheet("Ranking");
      Row header = ranking.getRow(0);
      for (int c = 0; c < SummaryWorkbook.RANKING_HEADERS.size(); c++) {
        assertThat(header.getCell(c).getStringCellValue())
            .isEqualTo(SummaryWorkbook.RANKING_HEADERS.get(c));
      }
      assertThat(ranking.getLastRowNum()).isEqualTo(4);
      assertThat(
              List.of(1, 2, 3, 4).stream()
                  .map(r -> ranking.getRow(r).getCell(1).getStringCellValue()))
          .containsExactly("C", "A1", "A2", "B");
      Row first = ranking.getRow(1);
      assertThat(first.getCell(0).getNumericCellValue()).isEqualTo(1.0);
      assertThat(first.getCell(11).getNumericCellValue()).isEqualTo(400_000.0);
      assertThat(first.getCell(11).getCellStyle().getDataFormatString()).contains("$");
      assertThat(first.getCell(12).getNumericCellValue()).isEqualTo(90.0);
      assertThat(first.getCell(15).getNumericCellValue()).isEqualTo(12.5);
      assertThat(first.getCell(16).getStringCellValue()).isEqualTo("Hiring manager");
      Cell link = first.getCell(17);
      assertThat(link.getStringCellValue()).isEqualTo("C.pdf");
      assertThat(link.getHyperlink().getType()).isEqualTo(HyperlinkType.FILE);
      assertThat(link.getHyperlink().getAddress()).isEqualTo("C.pdf");
      Cell noMarket = ranking.getRow(4).getCell(12);
      assertThat(noMarket == null || noMarket.getCellType() == CellType.BLANK).isTrue();
      assertThat(ranking.getPaneInformation().isFreezePane()).isTrue();
      assertThat(ranking.getColumnWidth(2)).isGreaterThanOrEqualTo(8 * 256);
      assertThat(wb.getSheet("Findings")).isNotNull();
      assertThat(wb.getSheet("Errors")).isNotNull();
      assertThat(wb.getSheet("Assumptions").getRow(1).getCell(1).getStringCellValue())
          .isEqualTo("2080");
    }
  }

  @Test
  void textFromInput_staysInertTextInEverySheet() throws Exception {
    String evil = "=HYPERLINK(\"http://x\",\"y\")";
    SummaryData data =
        new SummaryData(
            List.of(row("=1+1", evil, 100_000, null)),
            List.of(new FindingRow("=1+1", evil, "Red flag", "CLIFF_Y3", "t", "+f", "@a")),
            List.of(new ErrorRow("-f.csv", null, 3, "candidate", "=2+2", "bad")),
            List.of());

    try (XSSFWorkbook wb = writeAndRead(data)) {
      Cell id = wb.getSheet("Ranking").getRow(1).getCell(1);
      assertThat(id.getCellType()).isEqualTo(CellType.STRING);
      assertThat(id.getStringCellValue()).isEqualTo("=1+1");
      assertThat(wb.getSheet("Ranking").getRow(1).getCell(2).getStringCellValue()).isEqualTo(evil);
      Row f = wb.getSheet("Findings").getRow(1);
      assertThat(f.getCell(1).getCellType()).isEqualTo(CellType.STRING);
      assertThat(f.getCell(5).getStringCellValue()).isEqualTo("+f");
      Row e = wb.getSheet("Errors").getRow(1);
      assertThat(e.getCell(4).getCellType()).isEqualTo(CellType.STRING);
      assertThat(e.getCell(4).getStringCellValue()).isEqualTo("=2+2");
      assertThat(e.getCell(0).getStringCellValue()).isEqualTo("-f.csv");
    }
  }

  @Test
  void textLongerThanACell_isCutWithAMarker() throws Exception {
    String huge = "x".repeat(40_000);
    SummaryData data =
        new SummaryData(List.of(row("id", huge, 1, null)), List.of(), List.of(), List.of());
    try (XSSFWorkbook wb = writeAndRead(data)) {
      String shown = wb.getSheet("Ranking").getRow(1).getCell(2).getStringCellValue();
      assertThat(shown).hasSize(SummaryWorkbook.CELL_LIMIT).endsWith(SummaryWorkbook.CUT_MARKER);
    }
  }
}
