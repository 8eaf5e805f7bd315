package dev.offeranalyzer.watch;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The checks the kill tests rely on do fail on a file cut short, so their passing means something.
 */
class CompleteOutputCheckTest {

  @TempDir Path dir;

  private static byte[] onePagePdf() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document doc = new Document();
    PdfWriter.getInstance(doc, out);
    doc.open();
    doc.add(new Paragraph("Offer K-1"));
    doc.close();
    return out.toByteArray();
  }

  @Test
  void aWholePdfPasses_andTemporaryFilesAreNotLookedAt() throws Exception {
    Files.write(dir.resolve("K-1.pdf"), onePagePdf());
    Files.write(dir.resolve(".K-2.pdf.123.partial"), new byte[] {'%', 'P'});

    assertThatCode(() -> Cli.assertCompletePdfs(dir)).doesNotThrowAnyException();
  }

  @Test
  void aPdfWithoutTheLastLineEndIsStillWhole() throws Exception {
    byte[] whole = onePagePdf();
    Path pdf = Files.write(dir.resolve("K-1.pdf"), Arrays.copyOf(whole, whole.length - 1));

    assertThatCode(() -> Cli.assertCompletePdf(pdf)).doesNotThrowAnyException();
  }

  @ParameterizedTest(name = "cut {0} bytes short")
  @ValueSource(ints = {2, 7, 40, 400})
  void aPdfCutShortFails(int cut) throws Exception {
    byte[] whole = onePagePdf();
    Path pdf = Files.write(dir.resolve("K-1.pdf"), Arrays.copyOf(whole, whole.length - cut));

    assertThatThrownBy(() -> Cli.assertCompletePdf(pdf)).isInstanceOf(AssertionError.class);
  }

  @Test
  void aPdfCutShortThatStillEndsWithEofFails_becauseOpenPdfHadToRebuildIt() throws Exception {
    byte[] whole = onePagePdf();
    byte[] head = Arrays.copyOf(whole, whole.length / 2);
    byte[] eof = "\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
    byte[] forged = Arrays.copyOf(head, head.length + eof.length);
    System.arraycopy(eof, 0, forged, head.length, eof.length);
    Path pdf = Files.write(dir.resolve("K-1.pdf"), forged);

    assertThatThrownBy(() -> Cli.assertCompletePdf(pdf)).isInstanceOf(AssertionError.class);
  }

  @Test
  void aSummaryCutShortFails_aWholeOrAbsentOnePasses() throws Exception {
    Path summary = dir.resolve("summary.xlsx");
    assertThatCode(() -> Summaries.assertWholeIfPresent(summary)).doesNotThrowAnyException();

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      wb.createSheet("Ranking").createRow(0).createCell(0).setCellValue("Rank");
      wb.write(out);
    }
    byte[] whole = out.toByteArray();
    Files.write(summary, whole);
    assertThatCode(() -> Summaries.assertWholeIfPresent(summary)).doesNotThrowAnyException();

    Files.write(summary, Arrays.copyOf(whole, whole.length / 2));
    assertThatThrownBy(() -> Summaries.assertWholeIfPresent(summary))
        .isInstanceOf(AssertionError.class);
  }
}
