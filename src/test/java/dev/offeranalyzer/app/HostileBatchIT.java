package dev.offeranalyzer.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offeranalyzer.testing.HostileFiles;
import dev.offeranalyzer.testing.InputSnapshot;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #6 end to end: one folder holding every messy and hostile case at once, run by the real jar
 * in a child JVM with a small heap. Every good offer is reported, every bad file or row is named on
 * the console and in the Errors sheet, no stack trace reaches the console, the inputs stay byte for
 * byte and timestamp for timestamp as they were.
 */
class HostileBatchIT {

  private static final Path JAR = Path.of("target", "offer-analyzer.jar");

  @TempDir Path in;
  @TempDir Path out;

  /** Offer ids of rows that must be reported. */
  private final List<String> good = new ArrayList<>();

  /** Text the console and the Errors sheet must show for each bad file or row. */
  private final List<String> bad = new ArrayList<>();

  @Test
  void everyHostileCaseAtOnce_reportsTheGoodNamesTheBadAndLeavesInputsAlone() throws Exception {
    writeAllCases();
    InputSnapshot before = InputSnapshot.of(in);

    long start = System.nanoTime();
    Child run = run("-Xmx256m", in, out);
    Duration took = Duration.ofNanos(System.nanoTime() - start);

    assertThat(took).as(run.console()).isLessThan(Duration.ofSeconds(60));
    assertThat(run.code()).as(run.console()).isEqualTo(1);
    assertThat(run.console())
        .as("no stack trace for bad input")
        .doesNotContain("Exception", "\tat ", "Caused by");
    for (String b : bad) {
      assertThat(run.console()).as("console names %s", b).contains(b);
    }
    before.assertUnchanged();

    try (Workbook wb = new XSSFWorkbook(Files.newInputStream(out.resolve("summary.xlsx")))) {
      List<List<String>> ranking = rows(wb.getSheet("Ranking"));
      List<String> ids = ranking.stream().map(r -> r.get(1)).toList();
      assertThat(ids).containsExactlyInAnyOrderElementsOf(good);
      for (List<String> r : ranking) {
        String pdf =
            r.get(
                dev.offeranalyzer.report.summary.SummaryWorkbook.RANKING_HEADERS.indexOf("Report"));
        assertThat(pdf).matches("[A-Za-z0-9][A-Za-z0-9._-]{0,120}\\.pdf");
        assertThat(out.resolve(pdf)).isRegularFile();
      }
      List<String> errors =
          rows(wb.getSheet("Errors")).stream().map(r -> String.join(" | ", r)).toList();
      for (String b : bad) {
        String file = b.split("[ :]", 2)[0];
        assertThat(errors).as("Errors sheet names %s", b).anyMatch(e -> e.startsWith(file));
      }
      assertThat(errors)
          .anyMatch(
              e ->
                  e.startsWith("dups.csv |  | 3 | offer_id | D-1 |")
                      && e.contains("already used by row 2"))
          .anyMatch(
              e ->
                  e.startsWith("dup-b.csv |  |  | offer_id |  |")
                      && e.contains("Y-1 -> dup-b-Y-1")
                      && e.endsWith("| note"));
    }
    try (Stream<Path> files = Files.walk(out)) {
      assertThat(files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()))
          .allMatch(n -> n.matches("[A-Za-z0-9][A-Za-z0-9._-]*") || n.equals(".lock"));
    }
    // The ledger lives in the state database; the Email sheet shows it as inert text.
    try (Workbook wb = new XSSFWorkbook(Files.newInputStream(out.resolve("summary.xlsx")))) {
      List<String> ids = new ArrayList<>();
      for (Row row : wb.getSheet("Email")) {
        for (Cell c : row) {
          assertThat(c.getCellType()).as("Email sheet cell").isNotEqualTo(CellType.FORMULA);
        }
        ids.add(row.getCell(0).getStringCellValue());
      }
      assertThat(ids).contains("=1+1");
    }
  }

  @Test
  void fiftyMegabyteCsvField_isRefusedUnderA64MegabyteHeap() throws Exception {
    Path f = in.resolve("giant.csv");
    try (Writer w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
      w.write("offer_id,candidate,base_salary,rsu_value\nOK-1,Ann,200000,400000\nBIG,\"");
      char[] chunk = new char[1 << 20];
      Arrays.fill(chunk, 'x');
      for (int i = 0; i < 50; i++) {
        w.write(chunk);
      }
      w.write("\",200000,400000\nOK-3,Cy,200000,400000\n");
    }
    InputSnapshot before = InputSnapshot.of(in);

    Child run = run("-Xmx64m", in, out);

    assertThat(run.code()).as(run.console()).isEqualTo(1);
    assertThat(run.console())
        .doesNotContain("Exception", "OutOfMemory", "\tat ")
        .contains("giant.csv row 3: has a quoted value longer than 100000 characters");
    assertThat(out.resolve("OK-1.pdf")).isRegularFile();
    before.assertUnchanged();
  }

  private void writeAllCases() throws IOException {
    // CSV dialects, each with one good offer
    csv(
        "good.csv",
        StandardCharsets.UTF_8,
        "offer_id,candidate,email,base_salary,rsu_value\n"
            + "G-1,Jane Doe,jane@example.com,\"$200,000\",400k\n"
            + "=1+1,\"=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",evil@example.com,200000,400000\n"
            + "@cmd,At Sign,,200000,400000\n"
            + "+SUM(A1),Plus Sign,,200000,400000\n"
            + "-2,Minus Sign,,200000,400000\n",
        "G-1",
        "=1+1",
        "@cmd",
        "+SUM(A1)",
        "-2");
    csv(
        "bom-semicolon.csv",
        StandardCharsets.UTF_8,
        "\uFEFFoffer_id;candidate;base_salary;rsu_value\nS-1;Semi Colon;200000;400000\n",
        "S-1");
    csv(
        "legacy.csv",
        Charset.forName("windows-1252"),
        "offer_id,candidate,base_salary,rsu_value\nW-1,José Müller,200000,400000\n",
        "W-1");
    csv(
        "utf16.csv",
        StandardCharsets.UTF_16LE,
        "\uFEFFoffer_id,candidate,base_salary,rsu_value\nU-1,Ütf Sixteen,200000,400000\n",
        "U-1");
    csv(
        "tabs.csv",
        StandardCharsets.UTF_8,
        "offer_id\tcandidate\tbase_salary\trsu_value\nT-1\tTab Person\t200000\t400000\n",
        "T-1");
    csv(
        "multiline.csv",
        StandardCharsets.UTF_8,
        "offer_id,candidate,role,base_salary,rsu_value\n"
            + "M-1,Multi Line,\"Senior\nEngineer\",200000,400000\n",
        "M-1");
    // CSV rows that are wrong
    csv(
        "unterminated.csv",
        StandardCharsets.UTF_8,
        "offer_id,candidate,base_salary,rsu_value\nUT-1,Ok Row,200000,400000\n"
            + "UT-2,\"Open Quote,200000,400000\nUT-3,Lost,200000,400000\n",
        "UT-1");
    bad.add("unterminated.csv row 3");
    csv(
        "widths.csv",
        StandardCharsets.UTF_8,
        "offer_id,candidate,base_salary,rsu_value\nWD-1,Fine,200000,400000\n"
            + "WD-2,Too Many,200000,400000,extra,more\nWD-3,Too Few,200000,400000\n",
        "WD-1",
        "WD-3");
    bad.add("widths.csv row 3");
    csv(
        "dup-header.csv",
        StandardCharsets.UTF_8,
        "candidate,name,base_salary,rsu_value\nA,B,1,2\n");
    bad.add("dup-header.csv");
    csv("header-only.csv", StandardCharsets.UTF_8, "candidate,base_salary,rsu_value\n");
    Files.write(in.resolve("empty.csv"), new byte[0]);
    bad.add("empty.csv");
    try (Writer w = Files.newBufferedWriter(in.resolve("giant-field.csv"))) {
      w.write("offer_id,candidate,base_salary,rsu_value\nGF-1,Before Giant,200000,400000\n");
      w.write("GF-2,");
      char[] chunk = new char[1 << 20];
      Arrays.fill(chunk, 'y');
      for (int i = 0; i < 20; i++) {
        w.write(chunk);
      }
      w.write(",200000,400000\n");
    }
    good.add("GF-1");
    bad.add("giant-field.csv row 3");
    // duplicates in one file and across files
    csv(
        "dups.csv",
        StandardCharsets.UTF_8,
        "offer_id,candidate,base_salary,rsu_value\nD-1,First,200000,400000\nD-1,Second,100000,1\n",
        "D-1");
    bad.add("dups.csv row 3");
    csv(
        "dup-a.csv",
        StandardCharsets.UTF_8,
        "offer_id,candidate,base_salary,rsu_value\nY-1,First Y,200000,400000\n",
        "Y-1");
    // A later file reusing an id gets it qualified by its file name, with a note (issue 9).
    csv(
        "dup-b.csv",
        StandardCharsets.UTF_8,
        "offer_id,candidate,base_salary,rsu_value\nY-1,Second Y,200000,400000\n",
        "dup-b-Y-1");
    // names that attack the outputs
    List<String> names =
        List.of(
            "../../evil",
            "/etc/passwd",
            "a\\b:c",
            "CON",
            "NUL",
            "z".repeat(300),
            "😀 emoji",
            "山田太郎",
            "Case",
            "case");
    StringBuilder sb = new StringBuilder("offer_id,candidate,base_salary,rsu_value\n");
    for (String n : names) {
      sb.append('"').append(n).append("\",Name Attack,200000,400000\n");
    }
    csv("names.csv", StandardCharsets.UTF_8, sb.toString(), names.toArray(String[]::new));
    // workbooks that attack the reader
    HostileFiles.zipBomb(in.resolve("bomb.xlsx"), 200);
    HostileFiles.billionLaughs(in.resolve("laughs.xlsx"));
    HostileFiles.externalEntity(in.resolve("xxe.xlsx"));
    HostileFiles.externalEntityInContentTypes(in.resolve("types.xlsx"));
    HostileFiles.duplicateEntries(in.resolve("twins.xlsx"));
    HostileFiles.encryptedXlsx(in.resolve("locked.xlsx"));
    HostileFiles.encryptedXls(in.resolve("locked.xls"));
    bad.addAll(
        List.of(
            "bomb.xlsx: the workbook expands to far more data",
            "laughs.xlsx: the workbook holds XML entities",
            "xxe.xlsx: the workbook holds XML entities",
            "types.xlsx: the workbook holds XML entities",
            "twins.xlsx: the workbook holds two parts of the same name",
            "locked.xlsx: the file is encrypted",
            "locked.xls: the file is encrypted"));
    // files that are not what their name says
    byte[] noise = new byte[4096];
    new Random(6).nextBytes(noise);
    noise[0] = 1;
    Files.write(in.resolve("noise.xlsx"), noise);
    bad.add("noise.xlsx: is not a spreadsheet");
    byte[] valid = HostileFiles.valid();
    Files.write(in.resolve("cut.xlsx"), Arrays.copyOf(valid, valid.length / 2));
    bad.add("cut.xlsx: the workbook is damaged");
    Files.writeString(
        in.resolve("page.xls"),
        "<html><body><table><tr><td>candidate</td><td>base_salary</td></tr></table></body></html>");
    bad.add("page.xls: is an HTML page");
    csv(
        "text-named.xlsx",
        StandardCharsets.UTF_8,
        "offer_id,candidate,base_salary,rsu_value\nCX-1,Csv In Disguise,200000,400000\n",
        "CX-1");
    for (String f : List.of("book.xlsb", "book.ods", "book.numbers")) {
      Files.write(in.resolve(f), valid);
    }
    bad.addAll(
        List.of(
            "book.xlsb: Excel binary workbooks (.xlsb) are not supported",
            "book.ods: OpenDocument spreadsheets (.ods) are not supported",
            "book.numbers: Apple Numbers files (.numbers) are not supported"));
    // cells
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Sheet s = wb.createSheet("Cells");
      cells(s.createRow(0), "offer_id", "candidate", "base_salary", "rsu_value", "start_date");
      cells(s.createRow(1), "CL-1", "Cell Good", "\u00A0$200,000 ", 400000.0, 46037.0);
      Row div = cells(s.createRow(2), "CL-2", "Div Zero", null, 400000.0);
      div.createCell(2).setCellErrorValue(FormulaError.DIV0.getCode());
      cells(s.createRow(3), "CL-3", "LONGCELL", 200000.0, 400000.0);
      cells(s.createRow(4), "CL-4", "   ", 200000.0, 400000.0);
      cells(s.createRow(5), "CL-5", "Too Rich", 1e308, 400000.0);
      java.io.ByteArrayOutputStream o = new java.io.ByteArrayOutputStream();
      wb.write(o);
      // Longer than a cell may hold (32,767): POI will not write it, so edit the XML.
      HostileFiles.rewrite(
          o.toByteArray(),
          in.resolve("cells.xlsx"),
          (part, data) ->
              part.equals("xl/sharedStrings.xml")
                  ? new String(data, StandardCharsets.UTF_8)
                      .replace("LONGCELL", "x".repeat(40_000))
                      .getBytes(StandardCharsets.UTF_8)
                  : data);
    }
    good.add("CL-1");
    bad.addAll(
        List.of(
            "cells.xlsx [Cells] row 3, base_salary: \"#DIV/0!\"",
            "cells.xlsx [Cells] row 4, candidate",
            "cells.xlsx [Cells] row 5, candidate",
            "cells.xlsx [Cells] row 6, base_salary"));
    // a good plain workbook, so the hostile ones are not all there is
    HostileFiles.workbook(
        in.resolve("plain.xlsx"),
        new Object[] {"offer_id", "candidate", "base_salary", "rsu_value"},
        new Object[] {"P-1", "Plain Book", 200000, 400000});
    good.add("P-1");
  }

  private void csv(String name, Charset charset, String body, String... goodIds)
      throws IOException {
    Files.write(in.resolve(name), body.getBytes(charset));
    good.addAll(List.of(goodIds));
  }

  private static Row cells(Row r, Object... values) {
    for (int i = 0; i < values.length; i++) {
      if (values[i] instanceof Double d) {
        r.createCell(i).setCellValue(d);
      } else if (values[i] != null) {
        r.createCell(i).setCellValue(values[i].toString());
      }
    }
    return r;
  }

  private static List<List<String>> rows(Sheet sheet) {
    DataFormatter f = new DataFormatter();
    List<List<String>> rows = new ArrayList<>();
    for (int i = 1; i <= sheet.getLastRowNum(); i++) {
      Row r = sheet.getRow(i);
      List<String> cells = new ArrayList<>();
      for (int c = 0; c < r.getLastCellNum(); c++) {
        cells.add(r.getCell(c) == null ? "" : f.formatCellValue(r.getCell(c)));
      }
      rows.add(cells);
    }
    return rows;
  }

  private record Child(int code, String console) {}

  /** Runs the built jar in a child JVM; stdout and stderr together. */
  private static Child run(String heap, Path input, Path output) throws Exception {
    assertThat(JAR).as("the jar is built before the ITs run").isRegularFile();
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p =
        new ProcessBuilder(
                java,
                heap,
                "-jar",
                JAR.toString(),
                "run",
                "--input",
                input.toString(),
                "--output",
                output.toString())
            .redirectErrorStream(true)
            .start();
    p.getOutputStream().close();
    byte[] console;
    try (InputStream o = p.getInputStream()) {
      console = o.readAllBytes();
    }
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("the run did not end");
    }
    return new Child(p.exitValue(), new String(console, StandardCharsets.UTF_8));
  }
}
