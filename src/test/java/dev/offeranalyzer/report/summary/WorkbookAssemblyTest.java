package dev.offeranalyzer.report.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkbookAssemblyTest {

  private static final String SHEET1 = "xl/worksheets/sheet1.xml";
  private static final String SHEET2 = "xl/worksheets/sheet2.xml";

  @TempDir Path dir;

  private static String sheet(String data) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        + "<dimension ref=\"A1:R1\"/><sheetViews/>"
        + data
        + "<autoFilter ref=\"A1:R2\"/>"
        + "<pageMargins bottom=\"0.75\" footer=\"0.3\" header=\"0.3\" left=\"0.7\" right=\"0.7\""
        + " top=\"0.75\"/></worksheet>";
  }

  private Path skeleton(boolean sharedStrings) throws IOException {
    Path in = dir.resolve("in.xlsx");
    try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(in))) {
      z.putNextEntry(new ZipEntry(SHEET1));
      z.write(
          sheet(
                  "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Head</t></is></c>"
                      + "</row></sheetData>")
              .getBytes(StandardCharsets.UTF_8));
      z.putNextEntry(new ZipEntry(SHEET2));
      z.write(sheet("<sheetData/>").getBytes(StandardCharsets.UTF_8));
      z.putNextEntry(new ZipEntry("xl/other.xml"));
      z.write("<other/>".getBytes(StandardCharsets.UTF_8));
      if (sharedStrings) {
        z.putNextEntry(new ZipEntry(WorkbookAssembly.SHARED_STRINGS));
        z.write("<sst count=\"0\" uniqueCount=\"0\"/>".getBytes(StandardCharsets.UTF_8));
      }
    }
    return in;
  }

  private static WorkbookAssembly.Rows rows(String xml) {
    return out -> out.write(xml.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void rowsFollowTheHeader_linksFollowTheFilter_andSharedStringsReplaceTheEmptyTable()
      throws Exception {
    SharedStrings shared = new SharedStrings();
    assertThat(shared.indexOf("Red flag & more")).isZero();
    assertThat(shared.indexOf(" padded ")).isEqualTo(1);
    assertThat(shared.indexOf("Red flag & more")).isZero();
    String row2 = "<row r=\"2\"><c r=\"A2\" s=\"1\" t=\"s\"><v>0</v></c></row>";
    String row3 = "<row r=\"3\"><c r=\"A3\" s=\"1\" t=\"s\"><v>1</v></c></row>";
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    WorkbookAssembly.assemble(
        skeleton(true),
        out,
        List.of(
            new WorkbookAssembly.Splice(
                SHEET1,
                rows(row2 + row3),
                3,
                18,
                List.of(
                    new WorkbookAssembly.Link(1, 17, "A&B.pdf"),
                    new WorkbookAssembly.Link(2, 17, "C.pdf"))),
            new WorkbookAssembly.Splice(SHEET2, rows(""), 1, 7, List.of())),
        shared);

    String patched = entry(out.toByteArray(), SHEET1);
    assertThat(patched)
        .startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<worksheet")
        .contains("xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"")
        .contains("<dimension ref=\"A1:R3\"/>")
        .contains("<t>Head</t></is></c></row>" + row2 + row3 + "</sheetData>")
        .contains(
            "</sheetData><autoFilter ref=\"A1:R2\"/><hyperlinks>"
                + "<hyperlink ref=\"R2\" r:id=\"rIdReport1\"/>"
                + "<hyperlink ref=\"R3\" r:id=\"rIdReport2\"/></hyperlinks><pageMargins")
        .endsWith("</worksheet>");
    assertThat(entry(out.toByteArray(), WorkbookAssembly.relsOf(SHEET1)))
        .contains("Id=\"rIdReport1\"")
        .contains("Target=\"A&amp;B.pdf\" TargetMode=\"External\"")
        .contains("Target=\"C.pdf\"")
        .endsWith("</Relationships>");
    String empty = entry(out.toByteArray(), SHEET2);
    assertThat(empty)
        .contains("<dimension ref=\"A1:G1\"/>")
        .contains("<sheetData></sheetData>")
        .doesNotContain("hyperlink")
        .doesNotContain("xmlns:r=");
    assertThat(names(out.toByteArray())).doesNotContain(WorkbookAssembly.relsOf(SHEET2));
    assertThat(entry(out.toByteArray(), "xl/other.xml")).isEqualTo("<other/>");
    assertThat(entry(out.toByteArray(), WorkbookAssembly.SHARED_STRINGS))
        .contains("count=\"3\" uniqueCount=\"2\"")
        .contains("<si><t>Red flag &amp; more</t></si><si><t xml:space=\"preserve\"> padded </t>");
  }

  @Test
  void aSplicedPartTheWorkbookLacks_isAnError() throws Exception {
    Path in = skeleton(false);
    List<WorkbookAssembly.Splice> splices =
        List.of(new WorkbookAssembly.Splice("xl/worksheets/sheet9.xml", rows(""), 1, 2, List.of()));
    assertThatThrownBy(
            () ->
                WorkbookAssembly.assemble(
                    in, new ByteArrayOutputStream(), splices, new SharedStrings()))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("sheet9.xml");
    SharedStrings shared = new SharedStrings();
    shared.indexOf("x");
    assertThatThrownBy(
            () -> WorkbookAssembly.assemble(in, new ByteArrayOutputStream(), List.of(), shared))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("sharedStrings.xml");
  }

  private static List<String> names(byte[] zip) throws Exception {
    List<String> names = new java.util.ArrayList<>();
    try (ZipInputStream z = new ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
      for (ZipEntry e; (e = z.getNextEntry()) != null; ) {
        names.add(e.getName());
      }
    }
    return names;
  }

  private static String entry(byte[] zip, String name) throws Exception {
    try (ZipInputStream z = new ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
      for (ZipEntry e; (e = z.getNextEntry()) != null; ) {
        if (e.getName().equals(name)) {
          return new String(z.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
    }
    throw new AssertionError("no entry " + name);
  }
}
