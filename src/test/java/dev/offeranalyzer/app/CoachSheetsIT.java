package dev.offeranalyzer.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offeranalyzer.engine.CompensationEngine;
import dev.offeranalyzer.offer.Money;
import dev.offeranalyzer.offer.Offer;
import dev.offeranalyzer.offer.Percent;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9: spreadsheets shaped like the ones coaches keep, read through the built jar, with {@code
 * summary.xlsx} read back cell by cell. Every expected 4-year total is computed by the engine from
 * the clean offer the messy row stands for, never typed in.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CoachSheetsIT {

  @TempDir static Path dir;
  private Path in;
  private Path out;
  private Run run;
  private Map<String, Row> ranking;
  private List<List<String>> errors;

  private record Run(int code, String stdout, String stderr) {}

  @BeforeAll
  void runOverTheCoachSheets() throws Exception {
    in = Files.createDirectories(dir.resolve("in"));
    for (String name :
        List.of(
            "openpyxl-formulas.xlsx",
            "titled-two-tabs.xlsx",
            "german-export.csv",
            "client-priya.csv",
            "client-sam.csv")) {
      Files.copy(resource(name), in.resolve(name));
    }
    writeXlsWithPlaceholdersAndTotals(in.resolve("placeholders.xls"));
    out = dir.resolve("out");
    run = java("run", "--input", in.toString(), "--output", out.toString());
    try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out.resolve("summary.xlsx")))) {
      ranking = new HashMap<>();
      Sheet r = wb.getSheet("Ranking");
      for (int i = 1; i <= r.getLastRowNum(); i++) {
        ranking.put(r.getRow(i).getCell(1).getStringCellValue(), r.getRow(i));
      }
      errors = new ArrayList<>();
      Sheet e = wb.getSheet("Errors");
      assertThat(e.getRow(0).getCell(6).getStringCellValue()).isEqualTo("Severity");
      for (int i = 1; i <= e.getLastRowNum(); i++) {
        List<String> line = new ArrayList<>();
        for (int c = 0; c < 7; c++) {
          Cell cell = e.getRow(i).getCell(c);
          line.add(
              cell == null
                  ? ""
                  : switch (cell.getCellType()) {
                    case NUMERIC -> Integer.toString((int) cell.getNumericCellValue());
                    default -> cell.getStringCellValue();
                  });
        }
        errors.add(line);
      }
      assertThat(wb.getSheet("Ranking").getPrintSetup().getLandscape()).isTrue();
      assertThat(wb.getSheet("Ranking").getPrintSetup().getFitWidth()).isEqualTo((short) 1);
      assertThat(wb.getSheet("Ranking").getPrintSetup().getFitHeight()).isZero();
      assertThat(wb.getSheet("Ranking").getRepeatingRows().formatAsString()).isEqualTo("1:1");
    }
  }

  @Test
  void run_exitsOneForTheRejectedRowsAndTheLookAlikeColumn() {
    assertThat(run.code()).as(run.stdout() + run.stderr()).isEqualTo(1);
    assertThat(run.stderr()).isEmpty();
    assertThat(run.stdout())
        .contains("openpyxl-formulas.xlsx: 2 offers read, 1 row rejected, 2 rows skipped")
        .contains("german-export.csv: 2 offers read, 0 rows rejected, 1 row skipped")
        .contains("Done: 12 offers reported, 1 row rejected, 6 rows skipped (0 of 6 files");
  }

  @Test
  void openpyxlFormulas_emptyCachedResultsAreEvaluatedAndAnErrorRejectsItsRow() {
    // =G4*0.8 with an empty cached value: 50,000 x 0.8 = 40,000 in year 2; AWS and SDE III are
    // Amazon L6, so the Amazon vesting and the Seattle L6 band apply.
    assertThat(total("openpyxl-formulas-1"))
        .isEqualTo(
            engineTotal(
                clean("Amazon", "L6", "Seattle", 185_000, 50_000, 40_000, 400_000, "0", "0")));
    assertThat(ranking.get("openpyxl-formulas-1").getCell(12).getCellType())
        .as("market position present")
        .isEqualTo(org.apache.poi.ss.usermodel.CellType.NUMERIC);
    assertThat(total("3"))
        .isEqualTo(
            engineTotal(
                clean("Amazon", "L6", "Seattle", 190_000, 60_000, 40_000, 420_000, null, null)));
    assertThat(ranking).doesNotContainKey("openpyxl-formulas-2");
    assertThat(errorLine("openpyxl-formulas.xlsx", "5"))
        .containsExactly(
            "openpyxl-formulas.xlsx",
            "Offers",
            "5",
            "\"Sign-on (Year 2)\" (sign_on_year2)",
            "#DIV/0!",
            "is an error value in the cell (fix the formula)",
            "error");
    assertThat(errorLine("openpyxl-formulas.xlsx", "8").get(5)).startsWith("totals row skipped");
    assertThat(errorLine("openpyxl-formulas.xlsx", "9").get(5)).startsWith("totals row skipped");
    assertThat(notes("openpyxl-formulas.xlsx"))
        .anyMatch(m -> m.contains("row 1 above the header row (row 3) skipped"))
        .anyMatch(m -> m.contains("ids already used by an earlier file were qualified"));
  }

  @Test
  void titledTabs_everyVisibleTabWithAHeaderIsReadAndEveryDecisionIsListed() {
    assertThat(total("titled-two-tabs-3"))
        .isEqualTo(
            engineTotal(
                clean("Amazon", "L6", "Bay Area", 210_000, 70_000, 55_000, 480_000, null, null)));
    assertThat(total("titled-two-tabs-Ben-3"))
        .isEqualTo(
            engineTotal(clean("Amazon", "L6", "Austin", 175_000, 0, 0, 300_000, null, null)));
    assertThat(ranking).containsKey("titled-two-tabs-Ben-4");
    assertThat(ranking.keySet()).noneMatch(id -> id.contains("Old"));
    List<String> notes = notes("titled-two-tabs.xlsx");
    assertThat(notes)
        .anyMatch(m -> m.startsWith("sheet skipped: no header row"))
        .anyMatch(m -> m.contains("row 4 is hidden"))
        .anyMatch(m -> m.startsWith("totals row skipped"))
        .anyMatch(m -> m.startsWith("a note under the table"));
    assertThat(errors)
        .anySatisfy(
            e ->
                assertThat(e)
                    .containsExactly(
                        "titled-two-tabs.xlsx",
                        "Ben",
                        "",
                        "\"Signing Bonus\"",
                        "",
                        "looks like an offer column but matches none, so it was ignored; it holds"
                            + " values in 1 row (rename it to a column name of the template)",
                        "warning"));
    assertThat(errors)
        .anySatisfy(
            e ->
                assertThat(e)
                    .containsExactly(
                        "titled-two-tabs.xlsx",
                        "Ana",
                        "",
                        "\"Target Bonus %\" (annual_bonus_pct)",
                        "-",
                        "read as not given in row 3",
                        "note"));
  }

  @Test
  void germanCsv_europeanNumbersAreReadOnceForTheWholeFile() {
    assertThat(total("german-export-1"))
        .isEqualTo(
            engineTotal(
                clean("Amazon", "L6", "Seattle", 185_000, 40_000, 30_000, 400_000, "0", null)));
    assertThat(ranking.get("german-export-1").getCell(2).getStringCellValue())
        .isEqualTo("Jörg Müller");
    Offer zalando =
        clean("Zalando SE", "L6", "Berlin", 0, 0, 0, 80_000, "12.5", null).toBuilder()
            .baseSalary(Money.of(new BigDecimal("120500.50")))
            .build();
    assertThat(total("german-export-2")).isEqualTo(engineTotal(zalando));
    assertThat(notes("german-export.csv"))
        .anyMatch(m -> m.contains("written the European way"))
        .anyMatch(m -> m.startsWith("totals row skipped (\"Summe\"") || m.contains("Summe"))
        .anyMatch(m -> m.contains("the market data has no band for company \"Zalando SE\""));
  }

  @Test
  void oneFilePerClient_idsFromOneAreQualifiedNotRejected() {
    assertThat(ranking).containsKeys("1", "2", "client-sam-1", "client-sam-2", "german-export-2");
    assertThat(total("client-sam-1"))
        .isEqualTo(
            engineTotal(clean("Amazon", "L6", "Seattle", 180_000, 45_000, 0, 350_000, null, null)));
    assertThat(notes("client-sam.csv"))
        .anyMatch(m -> m.contains("1 -> client-sam-1, 2 -> client-sam-2"));
  }

  @Test
  void xls_placeholdersAreNotGivenAndTheSumRowIsSkipped() {
    assertThat(total("placeholders-3"))
        .isEqualTo(engineTotal(clean("Amazon", "L6", "NYC", 200_000, 0, 0, 400_000, null, null)));
    assertThat(notes("placeholders.xls"))
        .anyMatch(m -> m.startsWith("read as not given in"))
        .anyMatch(m -> m.contains("SUM, AVERAGE or SUBTOTAL"));
  }

  @Test
  void check_printsEveryProblemAndNoteAndWritesNothing() throws Exception {
    Path before = dir.resolve("check-out");
    Run check = java("check", "--input", in.toString(), "--quiet");
    assertThat(check.code()).isEqualTo(1);
    assertThat(check.stdout())
        .contains("\"Sign-on (Year 2)\" (sign_on_year2): \"#DIV/0!\" is an error value")
        .contains("note: ")
        .contains("warning: titled-two-tabs.xlsx [Ben], column \"Signing Bonus\"")
        .contains("Checked: 12 offers would be reported, 1 row rejected, 6 rows skipped")
        .contains("Nothing was written.");
    assertThat(before).doesNotExist();
    try (Stream<Path> files = Files.list(in)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder(
              "openpyxl-formulas.xlsx",
              "titled-two-tabs.xlsx",
              "german-export.csv",
              "client-priya.csv",
              "client-sam.csv",
              "placeholders.xls");
    }
  }

  @Test
  void quietRun_printsEveryErrorAndCountsTheNotes() throws Exception {
    Run quiet =
        java("run", "--input", in.toString(), "--output", dir.resolve("q").toString(), "--quiet");
    assertThat(quiet.stdout())
        .contains("is an error value in the cell")
        .containsPattern("\\d+ notes \\(see the Errors sheet")
        .doesNotContain("note: ");
  }

  private List<String> errorLine(String file, String row) {
    return errors.stream()
        .filter(e -> e.get(0).equals(file) && e.get(2).equals(row))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no Errors line for " + file + " row " + row));
  }

  private List<String> notes(String file) {
    return errors.stream().filter(e -> e.get(0).equals(file)).map(e -> e.get(5)).toList();
  }

  private BigDecimal total(String offerId) {
    Row row = ranking.get(offerId);
    assertThat(row).as("offer " + offerId + " in " + ranking.keySet()).isNotNull();
    return BigDecimal.valueOf(row.getCell(10).getNumericCellValue()).setScale(2);
  }

  private static BigDecimal engineTotal(Offer offer) {
    return new CompensationEngine().compute(offer).fourYearTotal().amount().setScale(2);
  }

  private static Offer clean(
      String company,
      String level,
      String location,
      long base,
      long signOn1,
      long signOn2,
      long rsu,
      String bonusPct,
      String growthPct) {
    return Offer.builder()
        .offerId("x")
        .candidate("x")
        .company(company)
        .level(level)
        .location(location)
        .baseSalary(Money.of(base))
        .signOnYear1(Money.of(signOn1))
        .signOnYear2(Money.of(signOn2))
        .rsuValue(Money.of(rsu))
        .annualBonusPct(bonusPct == null ? null : Percent.of(bonusPct))
        .stockGrowth(growthPct == null ? null : Percent.of(growthPct))
        .build();
  }

  /**
   * An .xls as Excel 97-2003 writes it (through POI): a title row, placeholders ("$ -", "N/A",
   * "TBD") in optional columns, and a SUM row whose label column is empty.
   */
  private static void writeXlsWithPlaceholdersAndTotals(Path file) throws IOException {
    try (HSSFWorkbook wb = new HSSFWorkbook();
        OutputStream os = Files.newOutputStream(file)) {
      Sheet s = wb.createSheet("Offers");
      s.createRow(0).createCell(0).setCellValue("Dana Wu - offers");
      Row h = s.createRow(1);
      String[] header = {
        "Candidate",
        "Company",
        "Level",
        "Location",
        "Base",
        "RSUs ($)",
        "Sign-on (Year 1)",
        "Bonus %",
        "Stock Growth %"
      };
      for (int i = 0; i < header.length; i++) {
        h.createCell(i).setCellValue(header[i]);
      }
      Row d = s.createRow(2);
      d.createCell(0).setCellValue("Dana Wu");
      d.createCell(1).setCellValue("Amazon");
      d.createCell(2).setCellValue("L6");
      d.createCell(3).setCellValue("New York, NY");
      d.createCell(4).setCellValue(200_000);
      d.createCell(5).setCellValue(400_000);
      d.createCell(6).setCellValue("$ -");
      d.createCell(7).setCellValue("N/A");
      d.createCell(8).setCellValue("TBD");
      Row t = s.createRow(4);
      t.createCell(4).setCellFormula("SUM(E3:E3)");
      t.createCell(5).setCellFormula("SUM(F3:F3)");
      wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
      wb.write(os);
    }
  }

  private static Path resource(String name) throws URISyntaxException {
    return Path.of(CoachSheetsIT.class.getResource("/coach-sheets/" + name).toURI());
  }

  private static Run java(String... args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-jar");
    cmd.add(Path.of("target", "offer-analyzer.jar").toString());
    cmd.addAll(List.of(args));
    Path err = Files.createTempFile("stderr", ".txt");
    Process p = new ProcessBuilder(cmd).redirectError(err.toFile()).start();
    String stdout = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
    String stderr = Files.readString(err);
    Files.delete(err);
    return new Run(p.exitValue(), stdout, stderr);
  }
}
