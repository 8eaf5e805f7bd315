package dev.offeranalyzer.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** --bands, --config and --send through the real command line. */
class CommandLineOptionsIT {

  @RegisterExtension
  static final GreenMailExtension SMTP =
      new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort()).withPerMethodLifecycle(true);

  @TempDir Path dir;

  @Test
  void bandsFileAndConfig_replaceTheBuiltInBandsAndBrandTheReport() throws Exception {
    // Given bands for a company the built-in table does not know, with percentile points
    Path bands =
        Files.writeString(
            dir.resolve("bands.csv"),
            "company,level,location,component,low,high,p50,p75\n"
                + "Acme,L5,Denver,base,100000,200000,150000,180000\n"
                + "Acme,L5,Denver,equity_4yr,100000,300000,200000,250000\n"
                + "Acme,L5,Denver,signing,0,40000,20000,30000\n");
    Path config =
        Files.writeString(
            dir.resolve("coach.properties"),
            "coach.name=Casey Coach\ncoach.contact=casey@coach.example\n"
                + "report.page-size=A4\nreport.date=2026-11-26\n");
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(
        in.resolve("acme.csv"),
        "offer_id,candidate,company,level,location,base_salary,rsu_value\n"
            + "AC-1,Dana Ruiz,Acme,L5,Denver,150000,200000\n");
    Path out = dir.resolve("out");

    int code =
        Main.execute(
            "run",
            "--input",
            in.toString(),
            "--output",
            out.toString(),
            "--bands",
            bands.toString(),
            "--config",
            config.toString());

    // Then the composite band is low 125,000 (100,000 + 100,000/4 + 0/4), p50 205,000 (150,000 +
    // 200,000/4 + 20,000/4), and the 4-year average 200,000 lies between them, piecewise-linear:
    // 50 x (200,000 - 125,000) / (205,000 - 125,000) = 46.875, shown as 46.88
    assertThat(code).isZero();
    try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out.resolve("summary.xlsx")))) {
      Row row = wb.getSheet("Ranking").getRow(1);
      assertThat(row.getCell(11).getNumericCellValue()).isEqualTo(200_000.0);
      assertThat(
              row.getCell(
                      dev.offeranalyzer.report.summary.SummaryWorkbook.RANKING_HEADERS.indexOf(
                          "Market Position"))
                  .getNumericCellValue())
          .isEqualTo(46.88);
    }
    try (PDDocument pdf = Loader.loadPDF(out.resolve("AC-1.pdf").toFile())) {
      String text = new PDFTextStripper().getText(pdf);
      assertThat(text).contains("Casey Coach", "casey@coach.example", "Nov 26, 2026");
      assertThat(pdf.getPage(0).getMediaBox().getWidth()).isBetween(594f, 596f);
    }
  }

  @Test
  void send_deliversEachReportOnce_withThePdfAttached() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(
        in.resolve("offers.csv"),
        "offer_id,candidate,email,base_salary,rsu_value,level,location\n"
            + "M-1,Jane Doe,jane@example.com,200000,400000,L6,Seattle\n"
            + "M-2,No Mail,,180000,300000,L6,Austin\n");
    Path config =
        Files.writeString(
            dir.resolve("mail.properties"),
            "mail.from=Casey Coach <casey@coach.example>\nsmtp.host=127.0.0.1\n"
                + "smtp.port="
                + SMTP.getSmtp().getPort()
                + "\nsmtp.security=none\n");
    Path out = dir.resolve("out");
    String[] args = {
      "run",
      "--input",
      in.toString(),
      "--output",
      out.toString(),
      "--config",
      config.toString(),
      "--send"
    };

    assertThat(Main.execute(args)).isZero();

    MimeMessage[] received = SMTP.getReceivedMessages();
    assertThat(received).hasSize(1);
    MimeMessage m = received[0];
    assertThat(m.getAllRecipients()[0].toString()).contains("jane@example.com");
    assertThat(m.getSubject()).contains("Jane Doe");
    byte[] attached = attachment((Multipart) m.getContent());
    assertThat(attached).isEqualTo(Files.readAllBytes(out.resolve("M-1.pdf")));

    // A rerun on the same input sends nothing again.
    assertThat(Main.execute(args)).isZero();
    assertThat(SMTP.getReceivedMessages()).hasSize(1);
    assertThat(out.resolve("outbox/sent/M-1.eml")).exists();

    // Another day, with Jane's row moved down by a new row: the report says the same, so nothing
    // is sent again.
    Files.writeString(config, Files.readString(config) + "report.date=2030-01-02\n");
    Files.writeString(
        in.resolve("offers.csv"),
        "offer_id,candidate,email,base_salary,rsu_value,level,location\n"
            + "M-0,New Row,,190000,300000,L6,Austin\n"
            + "M-1,Jane Doe,jane@example.com,200000,400000,L6,Seattle\n"
            + "M-2,No Mail,,180000,300000,L6,Austin\n");
    assertThat(Main.execute(args)).isZero();
    assertThat(SMTP.getReceivedMessages()).hasSize(1);

    // A changed figure is a new report: it goes out.
    Files.writeString(
        in.resolve("offers.csv"),
        Files.readString(in.resolve("offers.csv")).replace("200000,400000", "210000,400000"));
    assertThat(Main.execute(args)).isZero();
    assertThat(SMTP.getReceivedMessages()).hasSize(2);
  }

  private static byte[] attachment(Multipart mp) throws Exception {
    for (int i = 0; i < mp.getCount(); i++) {
      Part p = mp.getBodyPart(i);
      if (Part.ATTACHMENT.equalsIgnoreCase(p.getDisposition())) {
        try (InputStream s = p.getInputStream()) {
          return s.readAllBytes();
        }
      }
    }
    throw new AssertionError("no attachment");
  }
}
