package dev.offeranalyzer.report.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RankingLinksTest {

  @TempDir Path dir;

  /** The end of the sheet data may fall anywhere, also across the copy's 64 KB chunks. */
  @ParameterizedTest
  @ValueSource(ints = {0, 1, 65_530, 65_531, 65_536, 65_540, 200_000})
  void links_areAddedAfterTheDataWhereverItEnds(int padding) throws Exception {
    String sheet =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
            + "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>"
            + "x".repeat(padding)
            + "</t></is></c></row></sheetData><autoFilter ref=\"A1:R2\"/>"
            + "<pageMargins bottom=\"0.75\" footer=\"0.3\" header=\"0.3\" left=\"0.7\" right=\"0.7\""
            + " top=\"0.75\"/></worksheet>";
    Path in = dir.resolve("in.xlsx");
    try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(in))) {
      z.putNextEntry(new ZipEntry(RankingLinks.SHEET));
      z.write(sheet.getBytes(StandardCharsets.UTF_8));
      z.putNextEntry(new ZipEntry("xl/other.xml"));
      z.write("<other/>".getBytes(StandardCharsets.UTF_8));
    }

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RankingLinks.copyWithLinks(
        in,
        out,
        List.of(new RankingLinks.Link(1, 17, "A&B.pdf"), new RankingLinks.Link(2, 17, "C.pdf")));

    String patched = entry(out.toByteArray(), RankingLinks.SHEET);
    assertThat(patched)
        .startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<worksheet")
        .contains("xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"")
        .contains(
            "</sheetData><autoFilter ref=\"A1:R2\"/><hyperlinks>"
                + "<hyperlink ref=\"R2\" r:id=\"rIdReport1\"/>"
                + "<hyperlink ref=\"R3\" r:id=\"rIdReport2\"/></hyperlinks><pageMargins")
        .endsWith("</worksheet>")
        .contains("x".repeat(padding) + "</t>");
    assertThat(entry(out.toByteArray(), RankingLinks.RELS))
        .contains("Id=\"rIdReport1\"")
        .contains("Target=\"A&amp;B.pdf\" TargetMode=\"External\"")
        .contains("Target=\"C.pdf\"");
    assertThat(entry(out.toByteArray(), "xl/other.xml")).isEqualTo("<other/>");
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
