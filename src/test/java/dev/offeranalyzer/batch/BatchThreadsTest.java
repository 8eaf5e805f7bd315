package dev.offeranalyzer.batch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offeranalyzer.report.summary.SummaryRow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reports rendered on several threads (issue 14): same order, one offer's failure its own. */
class BatchThreadsTest {

  @TempDir Path dir;

  private Path input(int offers) throws Exception {
    StringBuilder sb = new StringBuilder();
    for (int i = 1; i <= offers; i++) {
      // Two offers per candidate, so groups of the analyzer hold more than one offer.
      sb.append("t-").append(i).append(",Candidate ").append((i + 1) / 2).append(",200000\n");
    }
    return Files.writeString(dir.resolve("t.csv"), sb);
  }

  private static List<String> ids(int n) {
    return IntStream.rangeClosed(1, n).mapToObj(i -> "t-" + i).toList();
  }

  @Test
  void aFailingReportOnFourThreads_isThatOffersErrorOnly_andTheOrderIsKept() throws Exception {
    FakePipeline p = new FakePipeline();
    List<String> sunk = new ArrayList<>();
    BatchResult r =
        p.batch(4, "t-7").run(List.of(input(40)), dir, (a, row, f, pdf) -> sunk.add(row.offerId()));

    List<String> expected = new ArrayList<>(ids(40));
    expected.remove("t-7");
    assertThat(r.reported()).extracting(SummaryRow::offerId).containsExactlyElementsOf(expected);
    assertThat(sunk).containsExactlyElementsOf(expected);
    assertThat(r.errors()).hasSize(1);
    assertThat(r.errors().get(0).value()).isEqualTo("t-7");
    assertThat(r.errors().get(0).message())
        .isEqualTo("the report could not be written: the renderer broke on t-7");
    assertThat(r.rowsRejected()).isEqualTo(1);
    assertThat(dir.resolve("t-7.pdf")).doesNotExist();
    assertThat(dir.resolve("t-8.pdf")).hasContent("%PDF fake t-8");
    assertThat(p.console()).contains("t-7").contains("the renderer broke on t-7");
    assertThat(partials(dir)).as("every report written was renamed into place").isEmpty();
  }

  @Test
  void theOutputFullOnFourThreads_stopsThere_andLeavesNoTemporaryFile() throws Exception {
    FakePipeline p = new FakePipeline();
    BatchResult r = p.batchFullAt(4, "t-7").run(List.of(input(40)), dir, (a, row, f, pdf) -> {});

    assertThat(r.fatal()).contains("t-7.pdf").contains("no space left on the device");
    assertThat(r.reported()).extracting(SummaryRow::offerId).containsExactlyElementsOf(ids(6));
    // The other threads wrote later reports while t-7 failed: none of them is put in place.
    assertThat(p.rendered()).contains("t-8", "t-9", "t-10");
    for (int i = 7; i <= 40; i++) {
      assertThat(dir.resolve("t-" + i + ".pdf")).doesNotExist();
    }
    assertThat(partials(dir)).as("nothing half-written").isEmpty();
  }

  private static List<Path> partials(Path dir) throws Exception {
    try (var files = Files.list(dir)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".partial")).toList();
    }
  }

  @Test
  void oneAndFourThreads_giveTheSameResultsAndConsole() throws Exception {
    Path in = input(30);
    FakePipeline one = new FakePipeline();
    Path d1 = Files.createDirectories(dir.resolve("one"));
    BatchResult r1 = one.batch(1, "t-3").run(List.of(in), d1, (a, row, f, pdf) -> {});
    FakePipeline four = new FakePipeline();
    Path d4 = Files.createDirectories(dir.resolve("four"));
    BatchResult r4 = four.batch(4, "t-3").run(List.of(in), d4, (a, row, f, pdf) -> {});

    assertThat(r4.reported()).isEqualTo(r1.reported());
    assertThat(r4.errors()).isEqualTo(r1.errors());
    assertThat(untimed(four.console())).isEqualTo(untimed(one.console()));
  }

  @Test
  void aStopOnFourThreads_finishesTheReportsInFlightAndWritesAnInOrderPrefix() throws Exception {
    FakePipeline p = new FakePipeline();
    BatchResult r =
        p.batch(4, null)
            .stopWhen(() -> p.rendered().size() >= 3)
            .run(List.of(input(40)), dir, (a, row, f, pdf) -> {});

    assertThat(r.stopped()).isTrue();
    List<String> reported = r.reported().stream().map(SummaryRow::offerId).toList();
    assertThat(reported.size()).isBetween(3, 40 - 1);
    assertThat(reported).containsExactlyElementsOf(ids(reported.size()));
    // Every report rendered was written: none was left in flight.
    assertThat(p.rendered()).containsExactlyInAnyOrderElementsOf(reported);
    for (String id : reported) {
      assertThat(dir.resolve(id + ".pdf")).hasContent("%PDF fake " + id);
    }
    assertThat(dir.resolve("t-40.pdf")).doesNotExist();
  }

  /** The console without the time stamps at the start of its lines. */
  private static String untimed(String console) {
    return console.replaceAll("(?m)\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d ", "");
  }
}
