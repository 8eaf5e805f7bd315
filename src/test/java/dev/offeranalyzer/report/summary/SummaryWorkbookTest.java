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

  private static int col(String header) {
    return SummaryWorkbook.RANKING_HEADERS.indexOf(header);
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
      assertThat(first.getCell(col("4-Year Average")).getNumericCellValue()).isEqualTo(400_000.0);
      assertThat(first.getCell(col("4-Year Average")).getCellStyle().getDataFormatString())
          .contains("$");
      assertThat(first.getCell(col("Market Position")).getNumericCellValue()).isEqualTo(90.0);
      assertThat(first.getCell(col("Ask %")).getNumericCellValue()).isEqualTo(12.5);
      assertThat(first.getCell(col("Approval")).getStringCellValue()).isEqualTo("Hiring manager");
      Cell link = first.getCell(col("Report"));
      assertThat(link.getStringCellValue()).isEqualTo("C.pdf");
      assertThat(link.getHyperlink().getType()).isEqualTo(HyperlinkType.FILE);
      assertThat(link.getHyperlink().getAddress()).isEqualTo("C.pdf");
      Cell noMarket = ranking.getRow(4).getCell(col("Market Position"));
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
  void takeHome_rankingSumsAndOneSheetRowPerOfferAndYear_blankWithoutAnEstimate() throws Exception {
    var calc = dev.offeranalyzer.tax.BuiltInTaxTables.calculator();
    var offer =
        dev.offeranalyzer.offer.TestOffers.anOffer()
            .offerId("W")
            .signOnYear1(Money.of(100_000))
            .signOnYear2(Money.of(80_000))
            .build();
    var comp = new dev.offeranalyzer.engine.CompensationEngine().compute(offer);
    var estimate = calc.estimate(offer, comp).orElseThrow();
    SummaryRow plain = row("W", "Wu", 400_000, null);
    SummaryRow taxed =
        new SummaryRow(
                plain.offerId(),
                plain.candidate(),
                plain.company(),
                plain.level(),
                plain.location(),
                plain.years(),
                plain.fourYearTotal(),
                plain.fourYearAverage(),
                null,
                0,
                plain.proposedTotal(),
                plain.askPercent(),
                plain.approval(),
                plain.reportFile())
            .withDetails(estimate.years(), List.of());
    SummaryData data =
        new SummaryData(
            List.of(taxed, row("X", "Xi", 100_000, null)), List.of(), List.of(), List.of());

    try (XSSFWorkbook wb = writeAndRead(data)) {
      Row w = wb.getSheet("Ranking").getRow(1);
      assertThat(w.getCell(col("4-Year Take-Home")).getNumericCellValue())
          .isEqualTo(estimate.fourYearTakeHome().amount().doubleValue());
      assertThat(w.getCell(col("Due at Filing")).getNumericCellValue())
          .isEqualTo(estimate.fourYearDueAtFiling().amount().doubleValue());
      Cell blank = wb.getSheet("Ranking").getRow(2).getCell(col("4-Year Take-Home"));
      assertThat(blank == null || blank.getCellType() == CellType.BLANK).isTrue();

      Sheet t = wb.getSheet("Take-Home");
      for (int c = 0; c < SummaryWorkbook.TAKE_HOME_HEADERS.size(); c++) {
        assertThat(t.getRow(0).getCell(c).getStringCellValue())
            .isEqualTo(SummaryWorkbook.TAKE_HOME_HEADERS.get(c));
      }
      assertThat(t.getLastRowNum()).isEqualTo(8);
      Row y1 = t.getRow(1);
      assertThat(y1.getCell(0).getStringCellValue()).isEqualTo("W");
      assertThat(y1.getCell(2).getNumericCellValue()).isEqualTo(1.0);
      assertThat(y1.getCell(3).getNumericCellValue()).isEqualTo(320_000.0);
      assertThat(y1.getCell(4).getNumericCellValue()).isEqualTo(75_134.25);
      assertThat(y1.getCell(9).getNumericCellValue()).isEqualTo(3_345.28);
      assertThat(y1.getCell(10).getNumericCellValue()).isEqualTo(224_361.47);
      assertThat(y1.getCell(12).getNumericCellValue()).isEqualTo(12_000.25);
      assertThat(y1.getCell(12).getCellStyle().getDataFormatString()).contains("$").contains(".00");
      Row noEstimate = t.getRow(5);
      assertThat(noEstimate.getCell(0).getStringCellValue()).isEqualTo("X");
      assertThat(noEstimate.getCell(3).getNumericCellValue()).isEqualTo(100_000.0);
      assertThat(noEstimate.getCell(4)).isNull();
      assertThat(t.getPaneInformation().isFreezePane()).isTrue();
      assertThat(((org.apache.poi.xssf.usermodel.XSSFSheet) t).getCTWorksheet().isSetAutoFilter())
          .isTrue();
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
    // The cut name repeats on the Take-Home sheet's four rows: that sheet compresses more than
    // POI's reader accepts by default, so this test reads it with a lower bound.
    double ratio = org.apache.poi.openxml4j.util.ZipSecureFile.getMinInflateRatio();
    org.apache.poi.openxml4j.util.ZipSecureFile.setMinInflateRatio(0.001);
    try (XSSFWorkbook wb = writeAndRead(data)) {
      String shown = wb.getSheet("Ranking").getRow(1).getCell(2).getStringCellValue();
      assertThat(shown).hasSize(SummaryWorkbook.CELL_LIMIT).endsWith(SummaryWorkbook.CUT_MARKER);
    } finally {
      org.apache.poi.openxml4j.util.ZipSecureFile.setMinInflateRatio(ratio);
    }
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(
      longs = {0, 1, 9, 10, 999, 1000, 9999, 100_000, 999_999, 1_000_000, 123_456_789, -1, -1000})
  void dollarsWidth_countsWhatTheFormatterWouldPrint(long dollars) {
    assertThat(SummaryWorkbook.dollarsWidth(dollars < 0, dollars))
        .isEqualTo(String.format("$%,d", Math.abs(dollars)).length() + (dollars < 0 ? 1 : 0));
    BigDecimal cents =
        BigDecimal.valueOf(dollars).add(BigDecimal.valueOf(dollars < 0 ? -25 : 25, 2));
    assertThat(SummaryWorkbook.dollarsWidth(cents.signum() < 0, cents.longValue()) + 3)
        .isEqualTo(String.format("$%,.2f", cents.abs()).length() + (cents.signum() < 0 ? 1 : 0));
  }
}
