package dev.offeranalyzer.watch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offeranalyzer.output.OutputLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code run} under a scheduler: killed, stopped, overlapping and repeated, with the real jar. */
class RunSafetyIT {

  /** Enough that a kill lands mid-batch on a fast machine too. */
  private static final int OFFERS = 150;

  @TempDir Path dir;
  private Path in;
  private Path out;

  @BeforeEach
  void folders() throws Exception {
    in = Files.createDirectories(dir.resolve("in"));
    out = dir.resolve("out");
    Files.writeString(in.resolve("offers.csv"), Cli.offersCsv("R", OFFERS));
  }

  private Cli startRun(String log) throws Exception {
    // Several render threads: the reports in flight are finished, none is cut short (issue 14).
    return startRun(log, 2);
  }

  private Cli startRun(String log, int threads) throws Exception {
    return Cli.start(
        dir.resolve(log),
        "run",
        "--input",
        in.toString(),
        "--output",
        out.toString(),
        "--threads",
        Integer.toString(threads));
  }

  private static List<String> ids() {
    return IntStream.rangeClosed(1, OFFERS).mapToObj(i -> "R-" + i).toList();
  }

  @Test
  void sigkillMidBatch_leavesOnlyCompleteReports_andARerunCompletesTheWork() throws Exception {
    Cli run = startRun("killed.log");
    run.await("some reports", () -> Cli.pdfs(out).size() >= 5);
    run.kill();
    run.waitFor(Cli.LONG);

    assertThat(Cli.pdfs(out).size()).as("killed before the end").isLessThan(OFFERS);
    Cli.assertCompletePdfs(out);
    Summaries.assertWholeIfPresent(out.resolve("summary.xlsx"));

    Cli rerun = startRun("rerun.log");
    assertThat(rerun.waitFor(Cli.LONG)).as(rerun.output()).isZero();
    assertThat(Cli.pdfs(out)).hasSize(OFFERS);
    Cli.assertCompletePdfs(out);
    Cli.assertNoPartialFiles(out);
    assertThat(Summaries.rankedIds(out.resolve("summary.xlsx")))
        .containsExactlyInAnyOrderElementsOf(ids());
  }

  @ParameterizedTest(name = "--threads {0}")
  @ValueSource(ints = {1, 4})
  void sigtermMidBatch_finishesTheReportsInFlightWritesTheSummaryAndReleasesTheLock(int threads)
      throws Exception {
    Cli run = startRun("stopped.log", threads);
    run.await("some reports", () -> Cli.pdfs(out).size() >= 5);
    run.terminate();
    run.waitFor(Cli.LONG);

    List<String> written = Cli.pdfs(out).stream().map(RunSafetyIT::offerId).toList();
    assertThat(written.size()).as("stopped before the end").isLessThan(OFFERS);
    assertThat(run.output()).contains("Stopped before the end");
    Cli.assertCompletePdfs(out);
    Cli.assertNoPartialFiles(out);
    // Every report the summary ranks was finished, and every finished report is ranked.
    assertThat(Summaries.rankedIds(out.resolve("summary.xlsx")))
        .containsExactlyInAnyOrderElementsOf(written);
    try (OutputLock lock = OutputLock.acquire(out)) {
      assertThat(lock.isHeld()).isTrue();
    }
  }

  /** The offer id a report is named after: {@code R-7.pdf} is offer {@code R-7}. */
  private static String offerId(Path pdf) {
    String name = pdf.getFileName().toString();
    return name.substring(0, name.length() - ".pdf".length());
  }

  @Test
  void overlappingRun_exits3AtOnceNamingTheHolder() throws Exception {
    Cli first = startRun("first.log");
    try {
      first.await("the first run to hold the lock", () -> !Cli.pdfs(out).isEmpty());
      Path log = dir.resolve("second.log");
      assertThat(Cli.run(log, "run", "--input", in.toString(), "--output", out.toString()))
          .isEqualTo(3);
      assertThat(Files.readString(log))
          .contains("another run is using the output folder")
          .contains("process " + first.pid() + ", started ");
      assertThat(first.isAlive()).as("the first run goes on").isTrue();
    } finally {
      first.kill();
      first.waitFor(Cli.LONG);
    }
  }

  @Test
  void runTwiceOnTheSameInput_givesTheSameOutputsNotDuplicates() throws Exception {
    Path small = Files.createDirectories(dir.resolve("small"));
    Files.writeString(small.resolve("offers.csv"), Cli.offersCsv("T", 4) + "T-9,,,,,x,,,\n");
    String[] args = {"run", "--input", small.toString(), "--output", out.toString()};

    assertThat(Cli.run(dir.resolve("one.log"), args)).isEqualTo(1);
    List<Path> pdfs = Cli.pdfs(out);
    List<String> ranked = Summaries.rankedIds(out.resolve("summary.xlsx"));
    List<String> errors = Summaries.column(out.resolve("summary.xlsx"), "Errors", 5);

    assertThat(Cli.run(dir.resolve("two.log"), args)).isEqualTo(1);
    assertThat(Cli.pdfs(out)).isEqualTo(pdfs);
    assertThat(Summaries.rankedIds(out.resolve("summary.xlsx")))
        .isEqualTo(ranked)
        .containsExactlyInAnyOrder("T-1", "T-2", "T-3", "T-4");
    assertThat(Summaries.column(out.resolve("summary.xlsx"), "Errors", 5))
        .isEqualTo(errors)
        .isNotEmpty();
  }
}
