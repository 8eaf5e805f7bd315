package dev.offeranalyzer.watch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offeranalyzer.batch.BatchResult;
import dev.offeranalyzer.report.summary.ErrorRow;
import dev.offeranalyzer.watch.InputMover.Destination;
import java.util.List;
import org.junit.jupiter.api.Test;

class FileOutcomeTest {

  private static final String WHEN = "2026-11-26 10:00:00";

  @Test
  void allOffersReported_processedWithoutNote() {
    BatchResult r = new BatchResult(List.of(Rows.row("A", "Ana", 1)), List.of(), 1, 0);
    FileOutcome o = FileOutcome.of("offers.csv", r, WHEN);
    assertThat(o.destination()).isEqualTo(Destination.PROCESSED);
    assertThat(o.note()).isNull();
    assertThat(o.summary()).isEqualTo("1 offer reported, 0 rows rejected");
  }

  @Test
  void someRowsRejected_processedWithANoteListingThem() {
    BatchResult r =
        new BatchResult(
            List.of(Rows.row("A", "Ana", 1), Rows.row("B", "Ben", 1)),
            List.of(Rows.error("offers.csv", 7, "is not an amount")),
            1,
            0);
    FileOutcome o = FileOutcome.of("offers.csv", r, WHEN);
    assertThat(o.destination()).isEqualTo(Destination.PROCESSED);
    assertThat(o.note())
        .startsWith("offers.csv was read: 2 offers reported, but 1 row rejected.")
        .contains("  - offers.csv row 7, base_salary: \"two hundred\" is not an amount\n")
        .contains("updated, never duplicated")
        .endsWith("Checked by Offer Analyzer on 2026-11-26 10:00:00.\n");
    assertThat(o.summary()).isEqualTo("2 offers reported, 1 row rejected (see its .error.txt)");
  }

  @Test
  void unreadableFile_failedSayingWhy() {
    BatchResult r =
        new BatchResult(
            List.of(),
            List.of(new ErrorRow("offers.xlsx", null, null, null, null, "is password-protected")),
            1,
            1);
    FileOutcome o = FileOutcome.of("offers.xlsx", r, WHEN);
    assertThat(o.destination()).isEqualTo(Destination.FAILED);
    assertThat(o.note())
        .startsWith("offers.xlsx could not be read, so nothing in it was reported.")
        .contains("  - offers.xlsx: is password-protected\n");
  }

  @Test
  void everyRowRejected_failed() {
    BatchResult r =
        new BatchResult(List.of(), List.of(Rows.error("offers.csv", 2, "is not an amount")), 1, 0);
    FileOutcome o = FileOutcome.of("offers.csv", r, WHEN);
    assertThat(o.destination()).isEqualTo(Destination.FAILED);
    assertThat(o.note()).contains("every row was rejected").contains("offers.csv row 2");
  }

  @Test
  void noRowsAtAll_failed() {
    FileOutcome o = FileOutcome.of("empty.csv", new BatchResult(List.of(), List.of(), 1, 0), WHEN);
    assertThat(o.destination()).isEqualTo(Destination.FAILED);
    assertThat(o.note()).startsWith("empty.csv holds no offers");
  }

  @Test
  void notASpreadsheet_failedNamingWhatIsRead() {
    FileOutcome o = FileOutcome.notAnOffersFile("notes.docx", WHEN);
    assertThat(o.destination()).isEqualTo(Destination.FAILED);
    assertThat(o.note()).startsWith("notes.docx was not read").contains(".csv, .xls, .xlsm, .xlsx");
  }
}
