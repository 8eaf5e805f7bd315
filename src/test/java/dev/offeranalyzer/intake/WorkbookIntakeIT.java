package dev.offeranalyzer.intake;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offeranalyzer.config.Settings;
import dev.offeranalyzer.offer.Money;
import dev.offeranalyzer.offer.Offer;
import dev.offeranalyzer.offer.Percent;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Random;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkbookIntakeIT {

  @TempDir Path dir;

  private Path mixed(String kind) throws IOException {
    return switch (kind) {
      case "xlsx-cached" ->
          Workbooks.save(Workbooks.mixed(Workbooks.xlsx(), true), dir.resolve("offers.xlsx"));
      case "xlsx-uncached" ->
          Workbooks.save(Workbooks.mixed(Workbooks.xlsx(), false), dir.resolve("offers.xlsx"));
      case "xls" ->
          Workbooks.save(Workbooks.mixed(Workbooks.xls(), true), dir.resolve("offers.xls"));
      default -> throw new IllegalArgumentException(kind);
    };
  }

  @ParameterizedTest
  @CsvSource({"xlsx-cached, offers.xlsx", "xlsx-uncached, offers.xlsx", "xls, offers.xls"})
  void visibleSheets_formulasDatesPercentsAndErrors(String kind, String name) throws IOException {
    Intake in = Intake.read(mixed(kind));

    assertThat(in.offers())
        .extracting(Offer::candidate)
        .containsExactly("Ana Lima", "Ben Ode", "Dee Five", "Eve Two");
    Offer ana = in.offers().get(0);
    assertThat(ana.offerDate()).isEqualTo(LocalDate.of(2026, 1, 15));
    assertThat(ana.stockGrowth()).isEqualTo(Percent.of(5));
    assertThat(ana.level()).isEqualTo("L6");
    assertThat(ana.offerId()).isEqualTo("offers-2");
    assertThat(ana.source().describe()).isEqualTo(name + " [Sheet1] row 2");
    assertThat(in.offers().get(1).baseSalary()).isEqualTo(Money.of(205_000));
    Offer dee = in.offers().get(2);
    assertThat(dee.baseSalary()).isEqualTo(Money.of(210_000));
    assertThat(dee.startDate()).isNull();
    assertThat(dee.offerDate()).isEqualTo(LocalDate.of(2026, 3, 2));
    assertThat(dee.stockGrowth()).isEqualTo(Percent.of(7));
    Offer eve = in.offers().get(3);
    assertThat(eve.offerId()).isEqualTo("offers-Second_Sheet-4");
    assertThat(eve.source().describe()).isEqualTo(name + " [Second Sheet] row 4");
    assertThat(in.result().problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.file()).isEqualTo(name);
              assertThat(p.sheet()).isEqualTo("Sheet1");
              assertThat(p.row()).isEqualTo(4);
              assertThat(p.column()).isEqualTo("base_salary");
              assertThat(p.value()).isEqualTo("#DIV/0!");
              assertThat(p.describe())
                  .isEqualTo(
                      name
                          + " [Sheet1] row 4, base_salary: \"#DIV/0!\" is an error value in the"
                          + " cell (fix the formula)");
            });
    assertThat(in.warnings())
        .containsExactly(
            name
                + " [Notes]: sheet skipped: no header row naming candidate and base_salary within"
                + " its first 10 non-empty rows");
  }

  @Test
  void uncachedFormula_isDetectedSoTheFullModelEvaluatesIt() throws Exception {
    Path cached = mixed("xlsx-cached");
    assertThat(needsEvaluation(cached)).isFalse();
    Path uncached = Files.move(mixed("xlsx-uncached"), dir.resolve("uncached.xlsx"));
    assertThat(needsEvaluation(uncached)).isTrue();
  }

  private static boolean needsEvaluation(Path f) throws Exception {
    try (OPCPackage pkg = OPCPackage.open(f.toFile(), PackageAccess.READ)) {
      XSSFReader r = new XSSFReader(pkg);
      return XlsxStreamReader.needsEvaluation(r, XlsxStreamReader.workbookInfo(r));
    }
  }

  @Test
  void titleRowAboveTheHeader_isSkippedWithANote() throws IOException {
    Workbook wb = Workbooks.xlsx();
    Sheet s = wb.createSheet("Offers");
    Workbooks.row(s, 0, "Q1 offers");
    Workbooks.row(s, 2, "candidate", "base_salary", "rsu_value");
    Workbooks.row(s, 3, "A", 200_000, 400_000);

    Intake in = Intake.read(Workbooks.save(wb, dir.resolve("title.xlsx")));

    assertThat(in.offers()).extracting(Offer::offerId).containsExactly("title-4");
    assertThat(in.warnings())
        .containsExactly(
            "title.xlsx [Offers]: row 1 above the header row (row 3) skipped as a title or group"
                + " label: \"Q1 offers\"");
    assertThat(in.described()).isEmpty();
  }

  @Test
  void encryptedWorkbook_isRefused() throws Exception {
    Path plain = Workbooks.save(Workbooks.mixed(Workbooks.xlsx(), true), dir.resolve("p.xlsx"));
    Path secret = dir.resolve("secret.xlsx");
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
      Encryptor enc = info.getEncryptor();
      enc.confirmPassword("pass");
      try (OPCPackage opc = OPCPackage.open(plain.toFile(), PackageAccess.READ_WRITE);
          OutputStream os = enc.getDataStream(fs)) {
        opc.save(os);
      }
      try (OutputStream out = Files.newOutputStream(secret)) {
        fs.writeFilesystem(out);
      }
    }

    assertThat(Intake.read(secret).described())
        .containsExactly(
            "secret.xlsx: the file is encrypted (password-protected); remove the password and save"
                + " again");
  }

  @Test
  void sheetWithDoctypeEntities_isRefusedNotExpanded() throws IOException {
    Path plain = Workbooks.save(Workbooks.mixed(Workbooks.xlsx(), true), dir.resolve("p.xlsx"));
    Path evil = dir.resolve("entities.xlsx");
    try (var zin = new java.util.zip.ZipInputStream(Files.newInputStream(plain));
        var zout = new java.util.zip.ZipOutputStream(Files.newOutputStream(evil))) {
      for (var e = zin.getNextEntry(); e != null; e = zin.getNextEntry()) {
        byte[] data = zin.readAllBytes();
        if (e.getName().startsWith("xl/worksheets/")) {
          String xml = new String(data, java.nio.charset.StandardCharsets.UTF_8);
          xml =
              xml.replaceFirst(
                  "\\?>",
                  "?><!DOCTYPE worksheet [<!ENTITY lol \"lol\"><!ENTITY lol2"
                      + " \"&lol;&lol;&lol;&lol;\">]>");
          data = xml.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
        zout.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
        zout.write(data);
        zout.closeEntry();
      }
    }

    Intake in = Intake.read(evil);

    assertThat(in.offers()).isEmpty();
    assertThat(in.result().fileRejected()).isTrue();
    assertThat(in.described()).singleElement().asString().startsWith("entities.xlsx: ");
  }

  @Test
  void randomBytesNamedXlsx_isNotASpreadsheet() throws IOException {
    byte[] bytes = new byte[4096];
    new Random(42).nextBytes(bytes);
    bytes[0] = 1;
    Path f = Files.write(dir.resolve("noise.xlsx"), bytes);

    assertThat(Intake.read(f).described())
        .containsExactly(
            "noise.xlsx: is not a spreadsheet (neither an Excel workbook nor CSV text)");
  }

  @Test
  void truncatedXlsx_isDamaged() throws IOException {
    Path full = Workbooks.save(Workbooks.mixed(Workbooks.xlsx(), true), dir.resolve("f.xlsx"));
    byte[] bytes = Files.readAllBytes(full);
    Path f = Files.write(dir.resolve("cut.xlsx"), Arrays.copyOf(bytes, bytes.length / 2));

    Intake in = Intake.read(f);

    assertThat(in.described())
        .containsExactly(
            "cut.xlsx: the workbook is damaged or not a complete workbook; open it in Excel and"
                + " save it again");
    assertThat(in.result().fileRejected()).isTrue();
  }

  @Test
  void workbookOverTheSizeLimit_isRefusedBeforeOpening() throws IOException {
    Path f = Workbooks.save(Workbooks.mixed(Workbooks.xlsx(), true), dir.resolve("big.xlsx"));
    Settings d = Settings.defaults();
    Settings tiny =
        new Settings(
            d.coachName(),
            d.coachContact(),
            d.coachEmail(),
            d.logo(),
            d.pageSize(),
            d.reportDate(),
            d.mailFrom(),
            d.mailCc(),
            d.smtpHost(),
            d.smtpPort(),
            d.smtpSecurity(),
            d.smtpUser(),
            d.smtpPasswordEnv(),
            d.mailMaxAttempts(),
            d.mailTimeoutSeconds(),
            1024,
            d.mailDataTimeoutSeconds(),
            d.mailRetryFor());

    assertThat(Intake.read(f, tiny).described())
        .singleElement()
        .asString()
        .startsWith("big.xlsx: the workbook is ")
        .contains("larger than the limit of 0.0 MB");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "book.xlsb|book.xlsb: Excel binary workbooks (.xlsb) are not supported; save as .xlsx",
        "book.ods|book.ods: OpenDocument spreadsheets (.ods) are not supported; save as .xlsx",
        "book.numbers|book.numbers: Apple Numbers files (.numbers) are not supported; export as"
            + " .xlsx",
      })
  void unsupportedFormats_areNamed(String name, String expected) throws IOException {
    Path f = Files.write(dir.resolve(name), new byte[] {0x50, 0x4B, 0x03, 0x04, 0, 0});

    assertThat(Intake.read(f).described()).containsExactly(expected);
  }

  @Test
  void wordDocumentNamedXls_isNotAWorkbook() throws IOException {
    Path f = dir.resolve("letter.xls");
    try (POIFSFileSystem fs = new POIFSFileSystem();
        OutputStream out = Files.newOutputStream(f)) {
      fs.createDocument(new java.io.ByteArrayInputStream(new byte[600]), "WordDocument");
      fs.writeFilesystem(out);
    }

    assertThat(Intake.read(f).described())
        .containsExactly(
            "letter.xls: is an Office file but not an Excel workbook (a Word or other document?)");
  }

  @Test
  void hundredThousandRowXlsx_streams() throws IOException {
    Path f = dir.resolve("big.xlsx");
    try (SXSSFWorkbook wb = new SXSSFWorkbook(100)) {
      Sheet s = wb.createSheet("Offers");
      Workbooks.row(s, 0, "offer_id", "candidate", "base_salary", "rsu_value", "location");
      for (int i = 1; i <= 100_000; i++) {
        Workbooks.row(s, i, "id-" + i, "Candidate " + i, 150_000 + i % 1000, 400_000, "Seattle");
      }
      try (OutputStream out = Files.newOutputStream(f)) {
        wb.write(out);
      }
    }
    int[] seen = {0};

    FileResult r = new OfferReader(Settings.defaults()).read(f, o -> seen[0]++);

    assertThat(r.problems()).isEmpty();
    assertThat(r.offersRead()).isEqualTo(100_000);
  }
}
