package dev.offeranalyzer.report.summary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offeranalyzer.offer.Money;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/**
 * A summary written whole (run) gives every row and cell its position, as readers expect; a summary
 * kept between writes (watch) leaves them out of the sheets it keeps in chunks, so a kept chunk is
 * the same bytes wherever its rows land, and keeps the place of a skipped column with an empty
 * cell.
 */
class SheetPositionsTest {

  @Test
  void wholeSummary_everyRowAndCellCarriesItsPosition() throws Exception {
    Map<String, String> parts = parts(write(null));

    for (String sheet : List.of("sheet1.xml", "sheet2.xml", "sheet4.xml")) {
      String xml = parts.get("xl/worksheets/" + sheet);
      assertThat(xml).as(sheet).contains("<row r=\"2\">").doesNotContain("<row>", "<c s=", "<c/>");
    }
  }

  @Test
  void keptSummary_leavesPositionsOutOfItsChunkedSheets_butNotOutOfTheRanking() throws Exception {
    Map<String, String> parts = parts(write(new SummaryCache()));

    assertThat(parts.get("xl/worksheets/sheet1.xml")).as("Ranking").contains("<row r=\"3\">");
    String plans = parts.get("xl/worksheets/sheet2.xml");
    assertThat(plans).contains("<row r=\"1\">").doesNotContain("<row r=\"2\">");
    assertThat(plans.split("<row>", -1)).as("two offers' plans, a row each").hasSize(3);
    // Take-Home of an offer without an estimate: offer, candidate, year, wages; a blank candidate
    // keeps its place with an empty cell.
    assertThat(parts.get("xl/worksheets/sheet4.xml")).contains("<row><c s=").contains("<c/>");
  }

  private static byte[] write(SummaryCache cache) throws Exception {
    SummaryRow a = row("A-1", "Ana", 150_000);
    SummaryRow b = row("B-1", null, 140_000);
    SummaryData data =
        new SummaryData(
            List.of(a, b),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            RowDetails.IN_ROW,
            cache);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new SummaryWorkbook().write(data, out);
    return out.toByteArray();
  }

  /** A test row with one plan tier and no take-home estimate. */
  private static SummaryRow row(String id, String candidate, long average) {
    Money m = Money.of(average);
    return dev.offeranalyzer.watch.Rows.row(id, candidate, average)
        .withDetails(List.of(), List.of(new PlanRow("Full", m, m, m, m, BigDecimal.ONE)));
  }

  private static Map<String, String> parts(byte[] xlsx) throws Exception {
    Map<String, String> parts = new HashMap<>();
    try (ZipInputStream z = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
      for (ZipEntry e; (e = z.getNextEntry()) != null; ) {
        parts.put(e.getName(), new String(z.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    return parts;
  }
}
