package dev.offeranalyzer.watch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offeranalyzer.batch.BatchPass;
import dev.offeranalyzer.batch.Console;
import dev.offeranalyzer.batch.FakePipeline;
import dev.offeranalyzer.delivery.DeliveryReport;
import dev.offeranalyzer.delivery.Ledger;
import dev.offeranalyzer.delivery.ReportMail;
import dev.offeranalyzer.output.OutputFolder;
import dev.offeranalyzer.rules.Analysis;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DropFolderTest {

  private static final Duration SETTLE = Duration.ofSeconds(20);
  private static final Instant START = Instant.parse("2026-11-26T10:00:00Z");

  @TempDir Path root;
  private Path in;
  private Path out;
  private final ManualClock clock = new ManualClock(START);
  private final FakePipeline pipeline = new FakePipeline();
  private final AtomicBoolean stop = new AtomicBoolean();
  private final ByteArrayOutputStream log = new ByteArrayOutputStream();
  private OutputFolder session;
  private final List<String> followed = new ArrayList<>();
  private final BatchPass.Mailer mailer =
      new BatchPass.Mailer() {
        @Override
        public Optional<ReportMail> mail(Analysis a, Path pdf) {
          followed.add(a.offer().offerId());
          return Optional.empty();
        }

        @Override
        public DeliveryReport deliver(Path outputDir, Ledger ledger, List<ReportMail> mails) {
          followed.add("delivered");
          return new DeliveryReport(0, 0, 0, 0, 0, 0, List.of());
        }
      };
  private DropFolder folder;

  @BeforeEach
  void setUp() throws Exception {
    in = Files.createDirectories(root.resolve("in"));
    out = root.resolve("out");
    session = OutputFolder.open(out, Clock.systemUTC());
    folder = folder(stop::get);
  }

  private DropFolder folder(BooleanSupplier stopWhen) {
    Console console =
        new Console(new PrintStream(log, true, StandardCharsets.UTF_8), false, true, false, false);
    return new DropFolder(
        new DropFolder.Options(in, out, Duration.ofSeconds(10), SETTLE),
        pass(console, stopWhen),
        session,
        List.of(Map.entry("Stock growth", "as given per offer")),
        console,
        clock,
        d -> {
          clock.advance(d);
          return stopWhen.getAsBoolean();
        },
        stopWhen);
  }

  private BatchPass pass(Console console, BooleanSupplier stopWhen) {
    return new BatchPass(
            pipeline.batch().stopWhen(stopWhen),
            session,
            mailer,
            List.of(Map.entry("Stock growth", "as given per offer")),
            console,
            clock,
            "watch")
        .summaryByCaller();
  }

  @AfterEach
  void tearDown() throws Exception {
    session.close();
  }

  private Path drop(String name, String content) throws Exception {
    return Files.writeString(in.resolve(name), content);
  }

  /** Scans now, then again after the settle time. */
  private int settleAndScan() throws Exception {
    int n = folder.scanOnce();
    clock.advance(SETTLE);
    return n + folder.scanOnce();
  }

  private Path today(String folderName) {
    return in.resolve(folderName).resolve("2026-11-26");
  }

  @Test
  void settledFile_isReportedMovedToProcessedAndRanked() throws Exception {
    drop("offers.csv", "A-1,Ana,200000\nA-2,Ben,300000\n");

    assertThat(folder.scanOnce()).isZero();
    assertThat(in.resolve("offers.csv")).exists();
    clock.advance(SETTLE);
    assertThat(folder.scanOnce()).isEqualTo(1);

    assertThat(in.resolve("offers.csv")).doesNotExist();
    assertThat(today("processed").resolve("offers.csv")).exists();
    assertThat(today("processed").resolve("offers.csv.error.txt")).doesNotExist();
    assertThat(out.resolve("A-1.pdf")).hasContent("%PDF fake A-1");
    assertThat(Summaries.rankedIds(out.resolve("summary.xlsx"))).containsExactly("A-2", "A-1");
    assertThat(log.toString(StandardCharsets.UTF_8))
        .contains(
            "offers.csv: 2 offers reported, 0 rows rejected -> processed/2026-11-26/offers.csv")
        .contains("summary.xlsx: 2 offers ranked");
  }

  @Test
  void severalFilesInOneScan_theSummaryIsWrittenOnceWithAllOfThem() throws Exception {
    drop("one.csv", "A-1,Ana,200000\n");
    drop("two.csv", "B-1,Bo,300000\n");
    drop("three.csv", "C-1,Cy,250000\n");

    assertThat(settleAndScan()).isEqualTo(3);

    assertThat(Summaries.rankedIds(out.resolve("summary.xlsx")))
        .containsExactly("B-1", "C-1", "A-1");
    String said = log.toString(StandardCharsets.UTF_8);
    assertThat(said.split("summary.xlsx: ", -1)).as("one summary for the three files").hasSize(2);
    assertThat(said).contains("summary.xlsx: 3 offers ranked");
    assertThat(said.indexOf("summary.xlsx: 3 offers ranked"))
        .as("written before the files are moved: a file in processed/ is in the summary")
        .isLessThan(said.indexOf("-> processed/"));
  }

  @Test
  void fileStillBeingWritten_isNotReadUntilItStopsChanging() throws Exception {
    Path f = drop("slow.csv", "S-1,Sam,100000\n");
    folder.scanOnce();
    for (int chunk = 2; chunk <= 4; chunk++) {
      clock.advance(SETTLE.minusSeconds(1));
      Files.writeString(f, "S-" + chunk + ",Sam,100000\n", StandardOpenOption.APPEND);
      Files.setLastModifiedTime(f, FileTime.from(START.plusSeconds(chunk)));
      assertThat(folder.scanOnce()).isZero();
    }
    clock.advance(SETTLE);
    assertThat(folder.scanOnce()).isEqualTo(1);
    assertThat(pipeline.rendered()).containsExactly("S-1", "S-2", "S-3", "S-4");
  }

  @Test
  void temporaryAndLockFiles_areNeitherReadNorMoved() throws Exception {
    drop("~$offers.xlsx", "owner");
    drop("offers.csv.part", "half");
    drop(".hidden.csv", "x");
    drop("copy.tmp", "x");
    settleAndScan();
    clock.advance(SETTLE);
    folder.scanOnce();
    assertThat(in.resolve("~$offers.xlsx")).exists();
    assertThat(in.resolve("offers.csv.part")).exists();
    assertThat(in.resolve(".hidden.csv")).exists();
    assertThat(in.resolve("copy.tmp")).exists();
    assertThat(in.resolve("processed")).doesNotExist();
    assertThat(in.resolve("failed")).doesNotExist();
  }

  @Test
  void workbookOpenInExcel_waitsUntilExcelLetsGo() throws Exception {
    drop("pipeline.xlsx", "P-1,Pat,100000\n");
    Path owner = drop("~$pipeline.xlsx", "owner");
    assertThat(settleAndScan()).isZero();
    Files.delete(owner);
    assertThat(settleAndScan()).isEqualTo(1);
  }

  @Test
  void unreadableFile_goesToFailedWithANoteSayingWhy() throws Exception {
    drop("broken.xlsx", "corrupt\n");
    settleAndScan();
    assertThat(today("failed").resolve("broken.xlsx")).exists();
    assertThat(today("failed").resolve("broken.xlsx.error.txt"))
        .content()
        .startsWith("broken.xlsx could not be read")
        .contains("broken.xlsx: is not a spreadsheet this tool can read");
    assertThat(Summaries.column(out.resolve("summary.xlsx"), "Errors", 5))
        .containsExactly("is not a spreadsheet this tool can read");
  }

  @Test
  void fileWithSomeRejectedRows_isProcessedWithANoteListingThem() throws Exception {
    drop("mixed.csv", "M-1,Mo,100000\nbad\n");
    settleAndScan();
    assertThat(today("processed").resolve("mixed.csv")).exists();
    assertThat(today("processed").resolve("mixed.csv.error.txt"))
        .content()
        .contains("1 offer reported, but 1 row rejected")
        .contains("mixed.csv row 2: is not id,candidate,base");
  }

  @Test
  void notASpreadsheet_goesToFailedUnread() throws Exception {
    drop("notes.docx", "hello");
    settleAndScan();
    assertThat(today("failed").resolve("notes.docx.error.txt")).content().contains("was not read");
    assertThat(pipeline.rendered()).isEmpty();
  }

  @Test
  void sameNameDroppedTwice_secondGetsASuffix_andTheSummaryKeepsBothBatches() throws Exception {
    drop("offers.csv", "A-1,Ana,200000\n");
    settleAndScan();
    drop("offers.csv", "B-1,Ben,300000\nA-1,Ana,250000\n");
    settleAndScan();

    assertThat(today("processed").resolve("offers.csv")).content().startsWith("A-1");
    assertThat(today("processed").resolve("offers (2).csv")).content().startsWith("B-1");
    assertThat(Summaries.rankedIds(out.resolve("summary.xlsx"))).containsExactly("B-1", "A-1");
    assertThat(Summaries.column(out.resolve("summary.xlsx"), "Ranking", 11))
        .as("4-Year Average of the latest A-1 (base 250,000 + RSU 100,000 / 4)")
        .element(1)
        .isEqualTo("275000.0");
  }

  @Test
  void errorsOfEarlierFiles_stayInTheSummaryAfterLaterBatches() throws Exception {
    drop("first.csv", "F-1,Flo,100000\nbad\n");
    settleAndScan();
    drop("second.csv", "S-1,Sue,100000\n");
    settleAndScan();
    assertThat(Summaries.column(out.resolve("summary.xlsx"), "Errors", 0))
        .containsExactly("first.csv");
    assertThat(Summaries.rankedIds(out.resolve("summary.xlsx"))).containsExactly("F-1", "S-1");
  }

  @Test
  void stopDuringABatch_writesTheSummaryAndLeavesTheFileToBeReadAgain() throws Exception {
    drop("big.csv", "B-1,Bo,100000\nB-2,Bea,110000\nB-3,Bill,120000\n");
    folder = folder(() -> pipeline.rendered().size() >= 1);
    assertThat(settleAndScan()).isZero();

    assertThat(in.resolve("big.csv")).exists();
    assertThat(Summaries.rankedIds(out.resolve("summary.xlsx"))).containsExactly("B-1");
    assertThat(log.toString(StandardCharsets.UTF_8)).contains("big.csv: stopped after 1 offers");
    // A stopped batch delivers nothing; the next start reads the file again.
    assertThat(followed).containsExactly("B-1");
  }

  @Test
  void run_scansEveryIntervalUntilStopped() throws Exception {
    drop("offers.csv", "A-1,Ana,200000\n");
    AtomicInteger sleeps = new AtomicInteger();
    folder =
        new DropFolder(
            new DropFolder.Options(in, out, Duration.ofSeconds(10), SETTLE),
            pass(
                new Console(
                    new PrintStream(log, true, StandardCharsets.UTF_8), false, false, false, false),
                () -> false),
            session,
            List.of(),
            new Console(
                new PrintStream(log, true, StandardCharsets.UTF_8), false, false, false, false),
            clock,
            d -> {
              clock.advance(d);
              return sleeps.incrementAndGet() >= 5;
            },
            () -> false);

    assertThat(folder.run()).isEqualTo(1);
    assertThat(sleeps).hasValue(5);
    assertThat(today("processed").resolve("offers.csv")).exists();
  }

  @Test
  void dropFolderThatGoesAway_isReportedOnceAndWatchedAgainWhenBack() throws Exception {
    Path moved = root.resolve("elsewhere");
    Files.move(in, moved);
    assertThat(folder.scanOnce()).isZero();
    assertThat(folder.scanOnce()).isZero();
    Files.move(moved, in);
    drop("offers.csv", "A-1,Ana,200000\n");
    settleAndScan();

    String printed = log.toString(StandardCharsets.UTF_8);
    assertThat(printed.split("cannot look into the drop folder", -1)).hasSize(2);
    assertThat(printed).contains("can be read again");
    assertThat(today("processed").resolve("offers.csv")).exists();
  }

  @Test
  void run_writesTheSummaryAtStartEvenWithNothingToDo() throws Exception {
    stop.set(true);
    folder.run();
    assertThat(out.resolve("summary.xlsx")).exists();
    assertThat(Summaries.rankedIds(out.resolve("summary.xlsx"))).isEmpty();
  }
}
