package dev.offeranalyzer.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.offeranalyzer.output.OutputFolder;
import dev.offeranalyzer.report.model.OfferVersion;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The output folder's state through the real command line: the takeover of a folder written by
 * release 0.1.0 (a fixture made by that release's jar, see its README), and the negotiation history
 * over three runs.
 */
class StateAndHistoryIT {

  private static final Path LEGACY = Path.of("src/test/resources/legacy-0.1.0");

  @RegisterExtension
  static final GreenMailExtension SMTP =
      new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort()).withPerMethodLifecycle(true);

  @TempDir Path dir;

  private record Result(int code, String console) {}

  private static Result run(String... args) {
    PrintStream old = System.out;
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
    try {
      return new Result(Main.execute(args), buf.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(old);
    }
  }

  private Path config() throws Exception {
    return Files.writeString(
        dir.resolve("mail.properties"),
        "mail.from=coach@example.com\nsmtp.host=127.0.0.1\nsmtp.port="
            + SMTP.getSmtp().getPort()
            + "\nsmtp.security=none\nreport.date=2026-11-15\n");
  }

  private Path legacyFolder() throws Exception {
    Path out = dir.resolve("out");
    Files.createDirectories(out.resolve(".offer-analyzer"));
    Files.createDirectories(out.resolve("outbox"));
    Files.copy(
        LEGACY.resolve("folder/state/results.journal"),
        out.resolve(".offer-analyzer/results.journal"));
    Files.copy(LEGACY.resolve("folder/outbox/ledger.tsv"), out.resolve("outbox/ledger.tsv"));
    return out;
  }

  @Test
  void folderOfRelease010_isTakenOver_andOnlyTheChangedReportIsEmailed() throws Exception {
    Path out = legacyFolder();
    Path config = config();

    Result r =
        run(
            "run",
            "--input",
            LEGACY.resolve("offers-v2.csv").toString(),
            "--output",
            out.toString(),
            "--config",
            config.toString(),
            "--send");

    assertThat(r.code()).as(r.console()).isZero();
    assertThat(r.console()).contains("Took over this folder's state").contains("3 offers");
    // were emailed by 0.1.0 and did not change; A-103's new report was waiting.
    assertThat(SMTP.getReceivedMessages()).hasSize(1);
    assertThat(SMTP.getReceivedMessages()[0].getAllRecipients()[0].toString())
        .contains("marcus.chen@example.com");
    // Its Message-ID is the one 0.1.0 gave the waiting message.
    assertThat(SMTP.getReceivedMessages()[0].getMessageID())
        .isEqualTo("<03e158df344873957f0969558f026c14.offer-analyzer@example.com>");
    assertThat(out.resolve(".offer-analyzer/results.journal.migrated")).exists();
    assertThat(out.resolve(".offer-analyzer/results.journal")).doesNotExist();
    assertThat(out.resolve("outbox/ledger.tsv.migrated")).exists();
    assertThat(out.resolve(".offer-analyzer/state.db")).exists();

    Result again =
        run(
            "run",
            "--input",
            LEGACY.resolve("offers-v2.csv").toString(),
            "--output",
            out.toString(),
            "--config",
            config.toString(),
            "--send");

    assertThat(again.code()).as(again.console()).isZero();
    assertThat(again.console()).doesNotContain("Took over");
    assertThat(SMTP.getReceivedMessages()).hasSize(1);
    Result status = run("status", "--output", out.toString());
    assertThat(status.console()).contains("3 offers").contains("Email: 4 sent, 0 pending");
  }

  @Test
  void threeRuns_changedThenUnchanged_giveVersions122_andTheHistoryReadsBack() throws Exception {
    Path out = dir.resolve("history");
    Path in = dir.resolve("offers.csv");
    String header =
        "offer_id,candidate,company,level,location,base_salary,sign_on_year1,sign_on_year2,"
            + "rsu_value,vesting,stock_growth\n";
    Files.writeString(
        in,
        header
            + "H-1,Ana Diaz,Amazon,L6,Seattle,185000,60000,40000,300000,amazon,0\n"
            + "H-2,Bo Li,Amazon,L6,Seattle,200000,0,0,400000,amazon,0\n");
    Path config = config();

    Result first =
        run("run", "-i", in.toString(), "-o", out.toString(), "--config", config.toString());
    assertThat(versionsOf(out, "H-1")).extracting(OfferVersion::version).containsExactly(1);
    assertThat(first.console()).doesNotContain("Negotiation so far");

    // Round 1: the grant and the base moved for H-1; H-2 unchanged.
    Files.writeString(
        in,
        header
            + "H-1,Ana Diaz,Amazon,L6,Seattle,195000,60000,40000,450000,amazon,0\n"
            + "H-2,Bo Li,Amazon,L6,Seattle,200000,0,0,400000,amazon,0\n");
    Result second =
        run("run", "-i", in.toString(), "-o", out.toString(), "--config", config.toString());
    Result third =
        run("run", "-i", in.toString(), "-o", out.toString(), "--config", config.toString());

    assertThat(second.code()).as(second.console()).isZero();
    assertThat(versionsOf(out, "H-1")).extracting(OfferVersion::version).containsExactly(1, 2);
    assertThat(versionsOf(out, "H-2")).extracting(OfferVersion::version).containsExactly(1);
    List<OfferVersion> h1 = versionsOf(out, "H-1");
    String gained =
        "+$"
            + String.format(
                "%,d", h1.get(1).fourYearTotal().minus(h1.get(0).fourYearTotal()).roundedDollars());
    assertThat(third.console())
        .contains("Negotiation so far: " + gained + " gained over four years across 1 offer");

    try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out.resolve("summary.xlsx")))) {
      assertThat(wb.getSheetName(0)).isEqualTo("Overview");
      var overview = wb.getSheet("Overview");
      assertThat(overview.getRow(0).getCell(1).getNumericCellValue()).isEqualTo(2.0);
      assertThat(overview.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(2.0);
      var chart = overview.getDrawingPatriarch().getCharts().get(0);
      var bars = chart.getChartSeries().get(0);
      assertThat(bars.getSeriesCount()).isEqualTo(2);
      assertThat(bars.getSeries(0).getValuesData().getPointCount()).isEqualTo(2);
      Sheet history = wb.getSheet("History");
      DataFormatter f = new DataFormatter();
      List<String> rows = new ArrayList<>();
      for (Row row : history) {
        rows.add(f.formatCellValue(row.getCell(0)) + "/" + f.formatCellValue(row.getCell(2)));
      }
      assertThat(rows).containsExactly("Offer ID/Version", "H-1/1", "H-1/2", "H-2/1");
      Row v2 = history.getRow(2);
      assertThat(v2.getCell(4).getNumericCellValue()).isEqualTo(195_000.0);
      assertThat(v2.getCell(6).getNumericCellValue()).isEqualTo(450_000.0);
      assertThat(v2.getCell(9).getNumericCellValue())
          .isEqualTo(
              h1.get(1).fourYearTotal().minus(h1.get(0).fourYearTotal()).amount().doubleValue());
      Sheet ranking = wb.getSheet("Ranking");
      Row header1 = ranking.getRow(0);
      int versions = -1;
      for (int c = 0; c < header1.getLastCellNum(); c++) {
        if (header1.getCell(c).getStringCellValue().equals("Versions")) {
          versions = c;
        }
      }
      assertThat(versions).isPositive();
      for (Row row : ranking) {
        if (row.getRowNum() > 0 && row.getCell(1).getStringCellValue().equals("H-1")) {
          assertThat(row.getCell(versions).getNumericCellValue()).isEqualTo(2.0);
          assertThat(row.getCell(versions + 1).getNumericCellValue())
              .isEqualTo(h1.get(0).fourYearTotal().amount().doubleValue());
        }
      }
    }
    String pdf = text(out.resolve("H-1.pdf"));
    assertThat(pdf)
        .contains("Negotiation so far")
        .contains("Base salary: $185,000 -> $195,000 (+$10,000)");
    assertThat(pdf).contains("RSU grant: asked ");
    assertThat(text(out.resolve("H-2.pdf"))).doesNotContain("Negotiation so far");
  }

  private static List<OfferVersion> versionsOf(Path out, String id) throws Exception {
    try (OutputFolder folder = OutputFolder.open(out, Clock.systemUTC())) {
      return folder.state().versions(id);
    }
  }

  private static String text(Path pdf) throws Exception {
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
    }
  }
}
