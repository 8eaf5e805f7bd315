package dev.offeranalyzer.watch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offeranalyzer.report.summary.ErrorRow;
import dev.offeranalyzer.report.summary.FindingRow;
import dev.offeranalyzer.report.summary.SummaryData;
import dev.offeranalyzer.report.summary.SummaryRow;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultsStoreTest {

  @TempDir Path out;

  private Path journal() {
    return out.resolve(".offer-analyzer").resolve(ResultsStore.JOURNAL);
  }

  private static List<String> ids(SummaryData d) {
    return d.rows().stream().map(SummaryRow::offerId).toList();
  }

  @Test
  void latestResultPerOfferId_isKept_andSurvivesReopening() throws Exception {
    try (ResultsStore store = ResultsStore.open(out)) {
      SummaryRow a = Rows.row("A-1", "Ana", 200_000);
      store.put(a, List.of(Rows.finding(a, "CLIFF_Y3")));
      store.put(Rows.row("B-1", "Ben", 300_000), List.of());
      SummaryRow a2 = Rows.row("A-1", "Ana", 400_000);
      store.put(a2, List.of(Rows.finding(a2, "YEAR2_DIP")));
    }

    try (ResultsStore store = ResultsStore.open(out)) {
      SummaryData d = store.summary(List.of(Map.entry("Stock growth", "0%")));
      assertThat(ids(d)).containsExactly("A-1", "B-1");
      assertThat(d.rows().get(0).fourYearAverage().roundedDollars()).isEqualTo(400_000);
      assertThat(d.findings()).extracting(FindingRow::rule).containsExactly("YEAR2_DIP");
      assertThat(d.assumptions()).containsExactly(Map.entry("Stock growth", "0%"));
    }
  }

  @Test
  void summary_ranksByAverageAndListsFindingsInRankingOrder() throws Exception {
    try (ResultsStore store = ResultsStore.open(out)) {
      SummaryRow low = Rows.row("L", "Lia", 100_000);
      SummaryRow high = Rows.row("H", "Hal", 500_000);
      store.put(low, List.of(Rows.finding(low, "R1")));
      store.put(high, List.of(Rows.finding(high, "R2")));
      SummaryData d = store.summary(List.of());
      assertThat(ids(d)).containsExactly("H", "L");
      assertThat(d.findings()).extracting(FindingRow::offerId).containsExactly("H", "L");
    }
  }

  @Test
  void errorsOfAFile_areReplacedByItsNextReading_andClearedByACleanOne() throws Exception {
    Path offers = out.resolve("in/offers.csv");
    Path other = out.resolve("in/other.xlsx");
    try (ResultsStore store = ResultsStore.open(out)) {
      store.putErrors(
          List.of(offers, other),
          List.of(
              Rows.error("offers.csv", 3, "old problem"),
              Rows.error("other.xlsx", 9, "kept problem")));
      store.putErrors(List.of(offers), List.of(Rows.error("offers.csv", 5, "new problem")));
    }
    try (ResultsStore store = ResultsStore.open(out)) {
      assertThat(store.summary(List.of()).errors())
          .extracting(ErrorRow::message)
          .containsExactly("kept problem", "new problem");
      store.putErrors(List.of(offers), List.of());
      assertThat(store.summary(List.of()).errors())
          .extracting(ErrorRow::message)
          .containsExactly("kept problem");
    }
  }

  @Test
  void stoppedBatch_keepsTheErrorsOfTheFilesItDidNotRead() throws Exception {
    Path first = out.resolve("in/first.csv");
    Path second = out.resolve("in/second.csv");
    try (OutputSession session = OutputSession.open(out)) {
      session.store().putErrors(List.of(second), List.of(Rows.error("second.csv", 4, "old")));
      session.finishBatch(
          List.of(first, second),
          new dev.offeranalyzer.batch.BatchResult(
              List.of(), List.of(Rows.error("first.csv", 2, "new")), 1, 0, true),
          List.of());
      assertThat(session.store().summary(List.of()).errors())
          .extracting(ErrorRow::message)
          .containsExactly("old", "new");
    }
  }

  @Test
  void errorNamingTheFileWithAFolder_isFiledUnderThatInput() {
    assertThat(ResultsStore.fileKey("q4/offers.csv", List.of("offers.csv")))
        .isEqualTo("offers.csv");
    assertThat(ResultsStore.fileKey("elsewhere.csv", List.of("offers.csv")))
        .isEqualTo("elsewhere.csv");
  }

  @Test
  void lineCutShortByAKilledRun_isSkippedAndTheJournalRepaired() throws Exception {
    try (ResultsStore store = ResultsStore.open(out)) {
      store.put(Rows.row("A-1", "Ana", 200_000), List.of());
      store.put(Rows.row("B-1", "Ben", 300_000), List.of());
    }
    String whole = Files.readString(journal());
    String lastLine = whole.substring(whole.lastIndexOf('\n', whole.length() - 2) + 1);
    Files.writeString(
        journal(),
        whole.substring(0, whole.length() - lastLine.length())
            + lastLine.substring(0, lastLine.length() / 2),
        StandardCharsets.UTF_8);

    try (ResultsStore store = ResultsStore.open(out)) {
      assertThat(ids(store.summary(List.of()))).containsExactly("A-1");
      store.put(Rows.row("C-1", "Cy", 100_000), List.of());
    }
    assertThat(Files.readString(journal())).endsWith("\n");
    try (ResultsStore store = ResultsStore.open(out)) {
      assertThat(ids(store.summary(List.of()))).containsExactly("A-1", "C-1");
    }
  }

  @Test
  void wholeLastLineWithoutItsLineBreak_isKeptAndTheNextAppendStaysSeparate() throws Exception {
    try (ResultsStore store = ResultsStore.open(out)) {
      store.put(Rows.row("A-1", "Ana", 200_000), List.of());
    }
    String whole = Files.readString(journal());
    Files.writeString(journal(), whole.substring(0, whole.length() - 1));
    try (ResultsStore store = ResultsStore.open(out)) {
      store.put(Rows.row("B-1", "Ben", 300_000), List.of());
    }
    try (ResultsStore store = ResultsStore.open(out)) {
      assertThat(ids(store.summary(List.of()))).containsExactly("B-1", "A-1");
    }
  }

  @Test
  void damagedLineInTheMiddle_losesOnlyThatOffer() throws Exception {
    try (ResultsStore store = ResultsStore.open(out)) {
      store.put(Rows.row("A-1", "Ana", 200_000), List.of());
      store.put(Rows.row("B-1", "Ben", 300_000), List.of());
      store.put(Rows.row("C-1", "Cy", 100_000), List.of());
    }
    List<String> lines = Files.readAllLines(journal());
    lines.set(2, lines.get(2).replace("Ben", "Bem"));
    Files.write(journal(), lines);
    try (ResultsStore store = ResultsStore.open(out)) {
      assertThat(ids(store.summary(List.of()))).containsExactly("A-1", "C-1");
    }
  }

  @Test
  void journalOfAKilledRunWithMostlySupersededLines_isCompactedOnOpening() throws Exception {
    byte[] asKilled;
    try (ResultsStore store = ResultsStore.open(out)) {
      for (int i = 0; i < 1_000; i++) {
        store.put(Rows.row("A-1", "Ana", 200_000 + i), List.of());
      }
      asKilled = Files.readAllBytes(journal());
    }
    Files.write(journal(), asKilled);
    assertThat(Files.readAllLines(journal())).hasSize(1_001);

    try (ResultsStore store = ResultsStore.open(out)) {
      assertThat(Files.readAllLines(journal())).hasSize(2);
      assertThat(store.row("A-1").orElseThrow().fourYearAverage().roundedDollars())
          .isEqualTo(200_999L);
    }
  }

  @Test
  void longSessionThatSeesTheSameOffersAgain_compactsWhenFlushing() throws Exception {
    try (ResultsStore store = ResultsStore.open(out)) {
      for (int i = 0; i < 1_000; i++) {
        store.put(Rows.row("A-1", "Ana", 200_000 + i), List.of());
      }
      store.flush();
      assertThat(Files.readAllLines(journal())).hasSize(2);
      store.put(Rows.row("B-1", "Ben", 100_000), List.of());
    }
    try (ResultsStore store = ResultsStore.open(out)) {
      assertThat(ids(store.summary(List.of()))).containsExactly("A-1", "B-1");
      assertThat(store.row("A-1").orElseThrow().fourYearAverage().roundedDollars())
          .isEqualTo(200_999L);
    }
  }

  @Test
  void aForeignFileInPlaceOfTheJournal_isSetAsideNotTrusted() throws Exception {
    Files.createDirectories(journal().getParent());
    Files.writeString(journal(), "something else\nentirely\n", StandardOpenOption.CREATE);
    try (ResultsStore store = ResultsStore.open(out)) {
      assertThat(store.size()).isZero();
    }
    assertThat(Files.readAllLines(journal())).containsExactly(JournalCodec.HEADER);
  }

  @Test
  void hundredThousandOffers_reopenQuickly() throws Exception {
    try (ResultsStore store = ResultsStore.open(out)) {
      for (int i = 0; i < 100_000; i++) {
        SummaryRow r = Rows.row("ID-" + i, "Candidate " + i, 150_000 + i);
        store.put(r, List.of(Rows.finding(r, "CLIFF_Y3"), Rows.finding(r, "BELOW_MEDIAN")));
      }
    }
    long start = System.nanoTime();
    try (ResultsStore store = ResultsStore.open(out)) {
      Duration took = Duration.ofNanos(System.nanoTime() - start);
      assertThat(store.size()).isEqualTo(100_000);
      assertThat(took).isLessThan(Duration.ofSeconds(20));
      SummaryData d = store.summary(List.of());
      assertThat(d.rows().get(0).offerId()).isEqualTo("ID-99999");
      assertThat(d.findings()).hasSize(200_000);
    }
  }
}
