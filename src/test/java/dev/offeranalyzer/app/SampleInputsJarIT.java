package dev.offeranalyzer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's main command: the built jar over the shipped sample-inputs. */
class SampleInputsJarIT {

  @TempDir Path out;

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

  @Test
  void sampleInputs_giveEveryReportTheSummaryAndOneClearRejection() throws Exception {
    Run run = java("run", "--input", "sample-inputs", "--output", out.toString());

    assertThat(run.code()).as(run.stdout() + run.stderr()).isEqualTo(1);
    assertThat(run.stderr()).as("nothing but the coach's console; no Log4j or POI noise").isEmpty();
    assertThat(run.stdout())
        .contains("coach-pipeline.xlsx: 6 offers read, 0 rows rejected, 0 rows skipped")
        .contains("offers-2026-q4.csv: 5 offers read, 1 row rejected, 0 rows skipped")
        .contains("offers-2026-q4.csv row 7, base_salary: \"two hundred\" is not an amount")
        .contains("Done: 11 offers reported, 1 row rejected, 0 rows skipped")
        .doesNotContain("\u001b")
        .doesNotContain("Exception");
    List<String> pdfs;
    try (Stream<Path> files = Files.list(out)) {
      pdfs = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".pdf")).toList();
    }
    assertThat(pdfs).hasSize(11).doesNotContain("X-999.pdf");
    try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out.resolve("summary.xlsx")))) {
      Sheet ranking = wb.getSheet("Ranking");
      assertThat(ranking.getLastRowNum()).isEqualTo(11);
      double previous = Double.MAX_VALUE;
      for (int r = 1; r <= 11; r++) {
        Row row = ranking.getRow(r);
        double average = row.getCell(11).getNumericCellValue();
        assertThat(average).isLessThanOrEqualTo(previous);
        previous = average;
        assertThat(pdfs)
            .contains(
                row.getCell(
                        dev.offeranalyzer.report.summary.SummaryWorkbook.RANKING_HEADERS.indexOf(
                            "Report"))
                    .getStringCellValue());
      }
      // The Errors sheet also holds notes (issue 9); the one rejected row is the line of severity
      // error.
      Sheet errorSheet = wb.getSheet("Errors");
      Row error = null;
      for (int r = 1; r <= errorSheet.getLastRowNum(); r++) {
        if (errorSheet.getRow(r).getCell(6).getStringCellValue().equals("error")) {
          assertThat(error).as("one error line").isNull();
          error = errorSheet.getRow(r);
        }
      }
      assertThat(error).isNotNull();
      assertThat(error.getCell(0).getStringCellValue()).isEqualTo("offers-2026-q4.csv");
      assertThat(error.getCell(2).getNumericCellValue()).isEqualTo(7.0);
      assertThat(wb.getSheet("Findings").getLastRowNum()).isGreaterThan(11);
    }
    assertThat(out.resolve("outbox").resolve("A-101.eml")).exists();
  }

  @Test
  void helpAndVersion_exitZero() throws Exception {
    Run help = java("--help");
    assertThat(help.code()).isZero();
    assertThat(help.stdout()).contains("run", "watch", "template", "Exit codes");
    Run version = java("--version");
    assertThat(version.code()).isZero();
    assertThat(version.stdout()).startsWith("offer-analyzer 0.1.0");
  }
}
