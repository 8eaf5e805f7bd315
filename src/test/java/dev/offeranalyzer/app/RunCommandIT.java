package dev.offeranalyzer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real command line, in process, on real files; summary.xlsx read back cell by cell. */
class RunCommandIT {

  @TempDir Path in;
  @TempDir Path out;

  private static final String HEADER =
      "offer_id;candidate;company;level;location;base_salary;sign_on_year1;sign_on_year2;"
          + "rsu_value;vesting;stock_growth\n";

  /** Runs the command and returns what it printed. */
  private Result run(String... args) {
    PrintStream old = System.out;
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
    try {
      int code = Main.execute(args);
      return new Result(code, buf.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(old);
    }
  }

  private record Result(int code, String console) {}

  private static int col(String header) {
    return dev.offeranalyzer.report.summary.SummaryWorkbook.RANKING_HEADERS.indexOf(header);
  }

  @Test
  void semicolonCsvWithBom_isReadAndRankedWithExactFigures() throws Exception {
    // Given a semicolon CSV with a UTF-8 BOM and one L6 Seattle offer
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    String body =
        HEADER
            + "T-1;Jane Doe;Amazon;L6;Seattle;$200,000;50k;25000;400000;amazon;0\n"
            + "T-2;Bob Roe;Amazon;L7;Denver;300000;0;0;1.2M;even;0%\n";
    Files.write(in.resolve("semi.csv"), concat(bom, body.getBytes(StandardCharsets.UTF_8)));

    // When the batch runs
    Result r = run("run", "--input", in.toString(), "--output", out.toString());

    // Then both offers are reported and the summary holds the hand-computed figures
    assertThat(r.code()).as(r.console()).isZero();
    assertThat(r.console()).contains("semi.csv: 2 offers read, 0 rows rejected, 0 rows skipped");
    assertThat(out.resolve("T-1.pdf")).exists();
    assertThat(out.resolve("T-2.pdf")).exists();
    try (Workbook wb = new XSSFWorkbook(Files.newInputStream(out.resolve("summary.xlsx")))) {
      Sheet ranking = wb.getSheet("Ranking");
      // Bob: 300,000 + 1,200,000 / 4 = 600,000 a year, so he ranks first.
      Row bob = ranking.getRow(1);
      assertThat(bob.getCell(1).getStringCellValue()).isEqualTo("T-2");
      assertThat(bob.getCell(11).getNumericCellValue()).isEqualTo(600_000.0);
      assertThat(bob.getCell(col("Market Position")).getCellType()).isEqualTo(CellType.BLANK);
      Row jane = ranking.getRow(2);
      assertThat(jane.getCell(0).getNumericCellValue()).isEqualTo(2.0);
      assertThat(jane.getCell(2).getStringCellValue()).isEqualTo("Jane Doe");
      assertThat(jane.getCell(3).getStringCellValue()).isEqualTo("Amazon");
      assertThat(jane.getCell(4).getStringCellValue()).isEqualTo("L6");
      assertThat(jane.getCell(5).getStringCellValue()).isEqualTo("Seattle");
      // Year 1: 200,000 + 50,000 + 5% of 400,000; year 2: + 25,000 + 15%; years 3-4: 40% each.
      assertThat(numbers(jane, 6, 12))
          .containsExactly(270_000.0, 285_000.0, 360_000.0, 360_000.0, 1_275_000.0, 318_750.0);
      // Composite band 280,000..395,000: (318,750 - 280,000) / 115,000 = 33.70
      assertThat(jane.getCell(col("Market Position")).getNumericCellValue()).isEqualTo(33.7);
      assertThat(jane.getCell(col("Red Flags")).getNumericCellValue()).isEqualTo(0.0);
      // Targets: base 210,000 (P75), grant 450,000 (P75), sign-on 175,000 split 2:1.
      assertThat(jane.getCell(col("Proposed 4-Year Total")).getNumericCellValue())
          .isEqualTo(1_465_000.0);
      assertThat(jane.getCell(col("Ask %")).getNumericCellValue()).isEqualTo(14.9);
      assertThat(jane.getCell(col("Approval")).getStringCellValue()).isEqualTo("Hiring manager");
      assertThat(jane.getCell(col("Report")).getStringCellValue()).isEqualTo("T-1.pdf");
      assertThat(jane.getCell(col("Report")).getHyperlink().getAddress()).isEqualTo("T-1.pdf");
    }
  }

  @Test
  void windows1252Csv_fallsBackWithAWarningAndKeepsTheAccents() throws Exception {
    String body =
        "candidate,base_salary,rsu_value,level,location\n" + "José Müller,200000,400000,L6,NYC\n";
    Files.write(in.resolve("legacy.csv"), body.getBytes(Charset.forName("windows-1252")));

    Result r = run("run", "--input", in.toString(), "--output", out.toString());

    assertThat(r.code()).as(r.console()).isZero();
    assertThat(r.console()).containsIgnoringCase("windows-1252");
    try (Workbook wb = new XSSFWorkbook(Files.newInputStream(out.resolve("summary.xlsx")))) {
      Row row = wb.getSheet("Ranking").getRow(1);
      assertThat(row.getCell(2).getStringCellValue()).isEqualTo("José Müller");
      // No offer_id column: the id is the file stem and the row number.
      assertThat(row.getCell(1).getStringCellValue()).isEqualTo("legacy-2");
    }
  }

  @Test
  void workbook_readsVisibleSheetsOnly_evaluatesFormulas_andReportsBadRows() throws Exception {
    Path book = in.resolve("pipeline.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      CellStyle date = wb.createCellStyle();
      date.setDataFormat(wb.createDataFormat().getFormat("m/d/yyyy"));
      Sheet a = wb.createSheet("Seattle");
      row(a, 0, "Offer ID", "Candidate", "Base", "Equity", "Level", "City", "Start Date");
      Row r1 = row(a, 1, "W-1", "Ann Lee", null, null, "L6", "Seattle", null);
      r1.createCell(2).setCellValue(190_000);
      r1.createCell(3).setCellFormula("2*200000");
      Cell start = r1.createCell(6);
      start.setCellValue(LocalDate.of(2027, 1, 4));
      start.setCellStyle(date);
      row(a, 2, "W-2", "Bad Base", "lots", "100000", "L6", "Seattle", null);
      Sheet b = wb.createSheet("Austin");
      row(b, 0, "offer_id", "candidate", "base_salary", "rsu_value");
      row(b, 1, "W-3", "Cy Young", "170000", "300000");
      Sheet hidden = wb.createSheet("Old");
      row(hidden, 0, "offer_id", "candidate", "base_salary", "rsu_value");
      row(hidden, 1, "W-9", "Hidden Person", "1", "1");
      wb.setSheetVisibility(2, SheetVisibility.HIDDEN);
      try (OutputStream o = Files.newOutputStream(book)) {
        wb.write(o);
      }
    }

    Result r = run("run", "--input", book.toString(), "--output", out.toString());

    assertThat(r.code()).as(r.console()).isEqualTo(1);
    assertThat(r.console())
        .contains(
            "pipeline.xlsx [Seattle] row 3, \"Base\" (base_salary): \"lots\" is not an amount");
    try (Workbook wb = new XSSFWorkbook(Files.newInputStream(out.resolve("summary.xlsx")))) {
      Sheet ranking = wb.getSheet("Ranking");
      List<String> ids = new ArrayList<>();
      for (int i = 1; i <= ranking.getLastRowNum(); i++) {
        ids.add(ranking.getRow(i).getCell(1).getStringCellValue());
      }
      assertThat(ids).containsExactlyInAnyOrder("W-1", "W-3");
      Row ann = ranking.getRow(ids.indexOf("W-1") + 1);
      // 190,000 + 5% of the 400,000 formula grant.
      assertThat(ann.getCell(6).getNumericCellValue()).isEqualTo(210_000.0);
      Row err = wb.getSheet("Errors").getRow(1);
      assertThat(err.getCell(0).getStringCellValue()).isEqualTo("pipeline.xlsx");
      assertThat(err.getCell(1).getStringCellValue()).isEqualTo("Seattle");
      assertThat(err.getCell(2).getNumericCellValue()).isEqualTo(3.0);
      assertThat(err.getCell(3).getStringCellValue()).isEqualTo("\"Base\" (base_salary)");
      assertThat(err.getCell(6).getStringCellValue()).isEqualTo("error");
      assertThat(err.getCell(4).getStringCellValue()).isEqualTo("lots");
    }
  }

  @Test
  void inertNames_andAFileThatCannotBeRead_doNotStopTheBatch() throws Exception {
    Files.writeString(
        in.resolve("evil.csv"),
        "offer_id,candidate,base_salary,rsu_value\n\"=1+1\",\"=HYPERLINK(\"\"x\"\")\",200000,1\n");
    Files.write(in.resolve("junk.xlsx"), new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 0, 0, 9});

    Result r = run("run", "--input", in.toString(), "--output", out.toString());

    assertThat(r.code()).isEqualTo(1);
    assertThat(r.console()).contains("junk.xlsx");
    try (Workbook wb = new XSSFWorkbook(Files.newInputStream(out.resolve("summary.xlsx")))) {
      Row row = wb.getSheet("Ranking").getRow(1);
      assertThat(row.getCell(1).getCellType()).isEqualTo(CellType.STRING);
      assertThat(row.getCell(1).getStringCellValue()).isEqualTo("=1+1");
      assertThat(row.getCell(2).getStringCellValue()).isEqualTo("=HYPERLINK(\"x\")");
      assertThat(row.getCell(col("Report")).getStringCellValue()).matches("[A-Za-z0-9._-]+\\.pdf");
      Row err = wb.getSheet("Errors").getRow(1);
      assertThat(err.getCell(0).getStringCellValue()).isEqualTo("junk.xlsx");
    }
    try (Stream<Path> files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .allMatch(n -> n.matches("[A-Za-z0-9._-]+") || n.equals("outbox"));
    }
  }

  @Test
  void usageAndFatalErrors_haveTheirExitCodes() throws Exception {
    assertThat(run("run", "--input", in.resolve("missing").toString()).code()).isEqualTo(2);
    assertThat(run("run", "--bands", in.resolve("none.csv").toString()).code()).isEqualTo(2);
    assertThat(run("frobnicate").code()).isEqualTo(2);
    Path notADir = Files.writeString(in.resolve("file.txt"), "x");
    Files.writeString(in.resolve("ok.csv"), "candidate,base_salary,rsu_value\nA,1,1\n");
    assertThat(
            run("run", "--input", in.resolve("ok.csv").toString(), "--output", notADir.toString())
                .code())
        .isEqualTo(3);
    assertThat(run("--version").code()).isZero();
  }

  private static Row row(Sheet s, int r, String... values) {
    Row row = s.createRow(r);
    for (int c = 0; c < values.length; c++) {
      if (values[c] != null) {
        row.createCell(c).setCellValue(values[c]);
      }
    }
    return row;
  }

  private static List<Double> numbers(Row row, int from, int to) {
    List<Double> out = new ArrayList<>();
    for (int c = from; c < to; c++) {
      out.add(row.getCell(c).getNumericCellValue());
    }
    return out;
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] c = new byte[a.length + b.length];
    System.arraycopy(a, 0, c, 0, a.length);
    System.arraycopy(b, 0, c, a.length, b.length);
    return c;
  }
}
