package dev.offeranalyzer.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offeranalyzer.engine.CompensationEngine;
import dev.offeranalyzer.offer.FilingStatus;
import dev.offeranalyzer.offer.Money;
import dev.offeranalyzer.offer.Offer;
import dev.offeranalyzer.offer.TestOffers;
import dev.offeranalyzer.report.summary.SummaryWorkbook;
import dev.offeranalyzer.tax.BuiltInTaxTables;
import dev.offeranalyzer.tax.TaxEstimate;
import dev.offeranalyzer.tax.TaxYear;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SPEC section 12 through the built jar: one offer per state, read back from the outputs. */
class TakeHomeJarIT {

  @TempDir Path dir;

  private static final String CSV =
      """
      offer_id,candidate,location,base_salary,sign_on_year1,sign_on_year2,rsu_value,filing,tax_state
      WA-1,Ana Lima,Seattle,200000,100000,80000,400000,single,
      CA-1,Ana Lima,Bay Area,220000,80000,40000,500000,married,
      NY-1,Bo Chen,NYC,210000,90000,60000,450000,single,
      TX-1,Bo Chen,Austin,190000,70000,50000,350000,mfj,
      OR-1,Cy Diaz,Portland,200000,50000,50000,400000,single,OR
      """;

  private record Run(int code, String stdout, String stderr) {}

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

  /** The same offers, built in the test, and their estimates from the shipped tables. */
  private static Map<String, TaxEstimate> expected() {
    Map<String, Offer> offers = new HashMap<>();
    offers.put("WA-1", offer("WA-1", "Seattle", 200, 100, 80, 400, FilingStatus.SINGLE, null));
    offers.put("CA-1", offer("CA-1", "Bay Area", 220, 80, 40, 500, FilingStatus.MARRIED, null));
    offers.put("NY-1", offer("NY-1", "NYC", 210, 90, 60, 450, FilingStatus.SINGLE, null));
    offers.put("TX-1", offer("TX-1", "Austin", 190, 70, 50, 350, FilingStatus.MARRIED, null));
    Map<String, TaxEstimate> out = new HashMap<>();
    offers.forEach(
        (id, o) ->
            out.put(
                id,
                BuiltInTaxTables.calculator()
                    .estimate(o, new CompensationEngine().compute(o))
                    .orElseThrow()));
    return out;
  }

  private static Offer offer(
      String id, String location, int base, int s1, int s2, int grant, FilingStatus fs, String st) {
    return TestOffers.anOffer()
        .offerId(id)
        .location(location)
        .baseSalary(Money.of(base * 1000L))
        .signOnYear1(Money.of(s1 * 1000L))
        .signOnYear2(Money.of(s2 * 1000L))
        .rsuValue(Money.of(grant * 1000L))
        .filingStatus(fs)
        .state(st)
        .build();
  }

  @Test
  void onePerState_takeHomeSheetAndPdfSectionHoldTheEstimate() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("states.csv"), CSV);
    Path out = dir.resolve("out");

    Run run = java("run", "--input", in.toString(), "--output", out.toString());

    assertThat(run.code()).as(run.stdout() + run.stderr()).isEqualTo(0);
    Map<String, TaxEstimate> expected = expected();
    try (InputStream s = Files.newInputStream(out.resolve("summary.xlsx"));
        XSSFWorkbook wb = new XSSFWorkbook(s)) {
      Sheet sheet = wb.getSheet("Take-Home");
      Row head = sheet.getRow(0);
      for (int c = 0; c < SummaryWorkbook.TAKE_HOME_HEADERS.size(); c++) {
        assertThat(head.getCell(c).getStringCellValue())
            .isEqualTo(SummaryWorkbook.TAKE_HOME_HEADERS.get(c));
      }
      assertThat(sheet.getLastRowNum()).isEqualTo(20);
      int checked = 0;
      for (int r = 1; r <= 20; r++) {
        Row row = sheet.getRow(r);
        String id = row.getCell(0).getStringCellValue();
        int year = (int) row.getCell(2).getNumericCellValue();
        if (id.equals("OR-1")) {
          assertThat(row.getCell(4)).as("OR has blank tax cells").isNull();
          continue;
        }
        TaxYear y = expected.get(id).year(year);
        List<Money> want =
            List.of(
                y.wages(),
                y.federal(),
                y.socialSecurity(),
                y.medicare(),
                y.state(),
                y.city(),
                y.payrollPrograms(),
                y.takeHome(),
                y.withheld(),
                y.dueAtFiling());
        for (int c = 0; c < want.size(); c++) {
          Cell cell = row.getCell(3 + c);
          assertThat(Money.of(String.valueOf(cell.getNumericCellValue())))
              .as(id + " year " + year + " " + SummaryWorkbook.TAKE_HOME_HEADERS.get(3 + c))
              .isEqualTo(want.get(c));
        }
        checked++;
      }
      assertThat(checked).isEqualTo(16);
      // The worked case of the issue, to the cent, as the sheet shows it.
      Row wa1 = findRow(sheet, "WA-1", 1);
      assertThat(wa1.getCell(4).getNumericCellValue()).isEqualTo(75_134.25);
      assertThat(wa1.getCell(10).getNumericCellValue()).isEqualTo(224_361.47);
      assertThat(wa1.getCell(11).getNumericCellValue()).isEqualTo(83_638.28);
      assertThat(wa1.getCell(12).getNumericCellValue()).isEqualTo(12_000.25);

      Sheet ranking = wb.getSheet("Ranking");
      int takeHomeCol = SummaryWorkbook.RANKING_HEADERS.indexOf("4-Year Take-Home");
      for (int r = 1; r <= ranking.getLastRowNum(); r++) {
        Row row = ranking.getRow(r);
        String id = row.getCell(1).getStringCellValue();
        Cell th = row.getCell(takeHomeCol);
        if (id.equals("OR-1")) {
          assertThat(th == null || th.getCellType() == org.apache.poi.ss.usermodel.CellType.BLANK)
              .isTrue();
        } else {
          assertThat(Money.of(String.valueOf(th.getNumericCellValue())))
              .isEqualTo(expected.get(id).fourYearTakeHome());
        }
      }
    }

    String wa = pdfText(out.resolve("WA-1.pdf"));
    assertThat(wa)
        .contains("What you keep")
        .contains("Estimated for WA, filing single")
        .contains("Federal income tax $75,134 $82,134 $89,134 $89,134 $335,536")
        .contains("Withheld by payroll $83,638 $88,624 $93,610 $93,610 $359,482")
        .contains("Due at filing (−: refund) $12,000 $14,600 $17,200 $17,200 $61,000")
        .contains("expect to owe about $12,000 when you file")
        .contains("W-4")
        .contains("Tax due at filing");
    String ny = pdfText(out.resolve("NY-1.pdf"));
    assertThat(ny).contains("New York City resident tax", "State income tax (NY)");
    assertThat(ny)
        .contains("vs this Take-home", "take-home is the four years' pay after estimated taxes");
    assertThat(pdfText(out.resolve("OR-1.pdf")))
        .contains("No tax estimate: the tax tables do not cover OR (they cover CA, NY, TX, WA).");
  }

  @Test
  void badTaxTable_isAUsageError_namingFileLineAndColumn() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("states.csv"), CSV);
    Path tax = dir.resolve("my-tax.csv");
    Files.writeString(
        tax,
        "kind,jurisdiction,status,item,threshold,rate,amount,tax_year,source\n"
            + "bracket,US,single,,0,ten,,2026,me\n");

    Run run =
        java(
            "run",
            "--input",
            in.toString(),
            "--output",
            dir.resolve("out").toString(),
            "--tax",
            tax.toString());

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.stdout() + run.stderr())
        .contains("my-tax.csv line 2, column rate: \"ten\" is not a percent number");
    assertThat(dir.resolve("out").resolve("summary.xlsx")).doesNotExist();
  }

  @Test
  void taxFile_addingAState_givesItAnEstimate() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("states.csv"), CSV);
    Path tax = dir.resolve("with-oregon.csv");
    Files.writeString(
        tax,
        BuiltInTaxTables.text() + "state,OR,,,,,,2026,test\n" + "bracket,OR,,,0,9.9,,2026,test\n");
    Path out = dir.resolve("out");

    Run run =
        java("run", "--input", in.toString(), "--output", out.toString(), "--tax", tax.toString());

    assertThat(run.code()).as(run.stdout() + run.stderr()).isEqualTo(0);
    assertThat(pdfText(out.resolve("OR-1.pdf"))).contains("State income tax (OR)");
  }

  private static Row findRow(Sheet sheet, String id, int year) {
    for (int r = 1; r <= sheet.getLastRowNum(); r++) {
      Row row = sheet.getRow(r);
      if (row.getCell(0).getStringCellValue().equals(id)
          && row.getCell(2).getNumericCellValue() == year) {
        return row;
      }
    }
    throw new AssertionError("no row " + id + " year " + year);
  }

  private static String pdfText(Path pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      return new PDFTextStripper().getText(doc).replaceAll("[ \\t\\r\\n]+", " ");
    }
  }
}
