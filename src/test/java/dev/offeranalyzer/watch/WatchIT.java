package dev.offeranalyzer.watch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offeranalyzer.output.OutputLock;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code watch} end to end: the real jar, real folders, real signals. */
class WatchIT {

  @TempDir Path dir;
  private Path in;
  private Path out;

  @BeforeEach
  void folders() throws Exception {
    in = Files.createDirectories(dir.resolve("in"));
    out = dir.resolve("out");
  }

  private Cli startWatch(String log, String settle) throws Exception {
    Cli watch =
        Cli.start(
            dir.resolve(log),
            "watch",
            "--input",
            in.toString(),
            "--output",
            out.toString(),
            "--interval",
            "200ms",
            "--settle",
            settle);
    watch.await("the watch to start", () -> watch.output().contains("Watching"));
    return watch;
  }

  private static List<String> ids(String prefix, int n) {
    return IntStream.rangeClosed(1, n).mapToObj(i -> prefix + "-" + i).toList();
  }

  private void assertLockFree() throws Exception {
    try (OutputLock lock = OutputLock.acquire(out)) {
      assertThat(lock.isHeld()).isTrue();
    }
  }

  @Test
  void droppedFiles_areReadOnceComplete_movedAndRankedTogether() throws Exception {
    Cli watch = startWatch("watch.log", "3s");
    try {
      Files.writeString(in.resolve("~$pipeline.xlsx"), "owner file of an open workbook");
      Files.writeString(in.resolve("upload.csv.part"), Cli.offersCsv("P", 1));
      Files.writeString(in.resolve("good.csv"), Cli.offersCsv("G", 3));
      Files.writeString(in.resolve("bad.xlsx"), "this is not a workbook");

      // A slow copy: four chunks cut mid-line, with pauses longer than the scan interval.
      byte[] slow = Cli.offersCsv("S", 8).getBytes(StandardCharsets.UTF_8);
      try (OutputStream o = Files.newOutputStream(in.resolve("slow.csv"))) {
        int chunk = slow.length / 4 + 1;
        for (int from = 0; from < slow.length; from += chunk) {
          o.write(slow, from, Math.min(chunk, slow.length - from));
          o.flush();
          Thread.sleep(1_200);
        }
      }
      watch.await(
          "slow.csv in processed/",
          () -> !Cli.files(in.resolve("processed"), "slow.csv").isEmpty());
      watch.await(
          "good.csv in processed/ and bad.xlsx in failed/",
          () ->
              !Cli.files(in.resolve("processed"), "good.csv").isEmpty()
                  && !Cli.files(in.resolve("failed"), "bad.xlsx.error.txt").isEmpty());

      assertThat(Cli.files(in, "slow.csv")).as("one copy of slow.csv, read once").hasSize(1);
      assertThat(Cli.files(in.resolve("processed"), ".error.txt")).isEmpty();
      assertThat(Cli.files(in.resolve("failed"), "bad.xlsx")).hasSize(1);
      assertThat(Cli.files(in.resolve("failed"), "bad.xlsx.error.txt").get(0))
          .content()
          .startsWith("bad.xlsx could not be read, so nothing in it was reported.")
          .contains("What to do:");
      assertThat(in.resolve("~$pipeline.xlsx")).exists();
      assertThat(in.resolve("upload.csv.part")).exists();

      Path summary = out.resolve("summary.xlsx");
      watch.await("the summary of all batches", () -> rankedCount(summary) == 11);
      assertThat(Summaries.rankedIds(summary))
          .containsExactlyInAnyOrderElementsOf(concat(ids("G", 3), ids("S", 8)));
      assertThat(Summaries.column(summary, "Errors", 0)).isNotEmpty().containsOnly("bad.xlsx");
      assertThat(Cli.pdfs(out)).hasSize(11);
      assertThat(watch.output())
          .containsPattern(
              "\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2} good\\.csv: 3 offers reported, 0 rows rejected -> processed")
          .contains("slow.csv: 8 offers reported")
          .contains("bad.xlsx: could not be read -> failed");
    } finally {
      watch.terminate();
      watch.waitFor(Cli.LONG);
    }
    assertLockFree();
  }

  @Test
  void summaryKeptBetweenDrops_isCellForCellTheOneARunWritesWhole() throws Exception {
    Cli watch = startWatch("watch.log", "1s");
    Path summary = out.resolve("summary.xlsx");
    try {
      Files.writeString(in.resolve("first.csv"), Cli.offersCsv("A", 150));
      watch.await("the first drop ranked", () -> rankedCount(summary) == 150);
      // Two offers with other figures (they move in the ranking), one the same, four new ones.
      String again =
          Cli.offersCsv("A", 7)
              .lines()
              .filter(
                  l ->
                      l.startsWith("A-3,")
                          || l.startsWith("A-5,")
                          || l.startsWith("A-7,")
                          || l.startsWith("offer_id"))
              .map(
                  l ->
                      l.startsWith("A-3,")
                          ? l.replace(",180300,", ",260300,")
                          : l.startsWith("A-7,") ? l.replace(",180700,", ",170700,") : l)
              .collect(java.util.stream.Collectors.joining("\n", "", "\n"));
      String added = Cli.offersCsv("B", 4);
      Files.writeString(in.resolve("second.csv"), again + added.substring(added.indexOf('\n') + 1));
      watch.await("the second drop ranked", () -> rankedCount(summary) == 154);
      assertThat(watch.output()).contains("second.csv: 7 offers reported");
    } finally {
      watch.terminate();
      watch.waitFor(Cli.LONG);
    }
    byte[] kept = Files.readAllBytes(summary);

    Path none = Files.createDirectories(dir.resolve("none"));
    Cli.run(
        dir.resolve("run.log"),
        "run",
        "-q",
        "--input",
        none.toString(),
        "--output",
        out.toString());

    assertThat(Files.readAllBytes(summary)).as("rewritten by run").isNotEqualTo(kept);
    List<String> whole = dev.offeranalyzer.testing.WorkbookCells.of(Files.readAllBytes(summary));
    assertThat(whole).anyMatch(l -> l.contains("260300") || l.contains("$260,300"));
    assertThat(dev.offeranalyzer.testing.WorkbookCells.of(kept)).isEqualTo(whole);
  }

  @Test
  void secondRunOnTheSameOutput_exits3NamingTheHolder() throws Exception {
    Cli watch = startWatch("watch.log", "1s");
    try {
      Path other = Files.createDirectories(dir.resolve("other"));
      Files.writeString(other.resolve("x.csv"), Cli.offersCsv("X", 1));

      Path second = dir.resolve("second.log");
      int code = Cli.run(second, "watch", "--input", other.toString(), "--output", out.toString());
      assertThat(code).isEqualTo(3);
      assertThat(Files.readString(second))
          .contains("another run is using the output folder")
          .contains("process " + watch.pid() + ", started ");

      Path sameInput = dir.resolve("same-input.log");
      code =
          Cli.run(
              sameInput,
              "watch",
              "--input",
              in.toString(),
              "--output",
              dir.resolve("out2").toString());
      assertThat(code).isEqualTo(3);
      assertThat(Files.readString(sameInput))
          .contains("another run is using the drop folder")
          .contains("process " + watch.pid());
      assertThat(watch.isAlive()).isTrue();
    } finally {
      watch.terminate();
      watch.waitFor(Cli.LONG);
    }
    assertLockFree();
  }

  @Test
  void sigterm_finishesTheCurrentOffer_writesTheSummary_releasesTheLock_leavesTheFile()
      throws Exception {
    Files.writeString(in.resolve("big.csv"), Cli.offersCsv("B", 120));
    Cli watch = startWatch("watch.log", "1s");
    watch.await("a few reports", () -> Cli.pdfs(out).size() >= 5);
    watch.terminate();
    watch.waitFor(Cli.LONG);

    int reported = Cli.pdfs(out).size();
    assertThat(reported).isLessThan(120);
    assertThat(Summaries.rankedIds(out.resolve("summary.xlsx"))).hasSize(reported);
    Cli.assertCompletePdfs(out);
    Cli.assertNoPartialFiles(out);
    assertThat(in.resolve("big.csv")).as("an unfinished file stays to be read again").exists();
    assertThat(watch.output())
        .contains("big.csv: stopped after")
        .contains("Stopped: 0 files handled");
    assertLockFree();
  }

  @Test
  void sigkill_leavesNoTruncatedReport_andTheNextStartCompletesTheWork() throws Exception {
    Files.writeString(in.resolve("big.csv"), Cli.offersCsv("K", 120));
    Cli watch = startWatch("watch.log", "1s");
    watch.await("a few reports", () -> Cli.pdfs(out).size() >= 5);
    watch.kill();
    watch.waitFor(Cli.LONG);

    Cli.assertCompletePdfs(out);
    assertThat(in.resolve("big.csv")).exists();

    Cli again = startWatch("again.log", "1s");
    try {
      again.await(
          "big.csv in processed/", () -> !Cli.files(in.resolve("processed"), "big.csv").isEmpty());
      assertThat(Summaries.rankedIds(out.resolve("summary.xlsx")))
          .containsExactlyInAnyOrderElementsOf(ids("K", 120));
      assertThat(Cli.pdfs(out)).hasSize(120);
      Cli.assertCompletePdfs(out);
      Cli.assertNoPartialFiles(out);
    } finally {
      again.terminate();
      again.waitFor(Cli.LONG);
    }
  }

  private static int rankedCount(Path summary) {
    try {
      return Summaries.rankedIds(summary).size();
    } catch (Exception e) {
      return -1;
    }
  }

  private static List<String> concat(List<String> a, List<String> b) {
    return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
  }
}
