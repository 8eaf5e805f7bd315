package dev.offeranalyzer.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchStopTest {

  @TempDir Path dir;

  private Path input(String name, int offers) throws Exception {
    StringBuilder sb = new StringBuilder();
    for (int i = 1; i <= offers; i++) {
      sb.append(name).append('-').append(i).append(",Candidate ").append(i).append(",200000\n");
    }
    return Files.writeString(dir.resolve(name + ".csv"), sb);
  }

  @Test
  void withoutAStopCheck_everyOfferIsReported() throws Exception {
    FakePipeline p = new FakePipeline();
    BatchResult r = p.batch().run(List.of(input("a", 5)), dir, (a, row, f, pdf) -> {});
    assertThat(r.reported()).hasSize(5);
    assertThat(r.stopped()).isFalse();
  }

  @Test
  void stopBetweenOffers_finishesTheCurrentReportAndWritesNoMore() throws Exception {
    FakePipeline p = new FakePipeline();
    List<String> sunk = new ArrayList<>();
    BatchResult r =
        p.batch()
            .stopWhen(() -> p.rendered().size() >= 2)
            .run(List.of(input("a", 5)), dir, (a, row, f, pdf) -> sunk.add(row.offerId()));

    assertThat(r.stopped()).isTrue();
    assertThat(r.reported()).extracting(x -> x.offerId()).containsExactly("a-1", "a-2");
    assertThat(sunk).containsExactly("a-1", "a-2");
    assertThat(dir.resolve("a-2.pdf")).hasContent("%PDF fake a-2");
    assertThat(dir.resolve("a-3.pdf")).doesNotExist();
  }

  @Test
  void stopBeforeTheNextFile_readsNoMoreFiles() throws Exception {
    FakePipeline p = new FakePipeline();
    AtomicInteger asked = new AtomicInteger();
    BatchResult r =
        p.batch()
            .stopWhen(() -> asked.incrementAndGet() > 1)
            .run(List.of(input("a", 1), input("b", 1)), dir, (a, row, f, pdf) -> {});

    assertThat(r.stopped()).isTrue();
    assertThat(r.filesRead()).isEqualTo(1);
    assertThat(r.reported()).isEmpty();
  }
}
