package dev.offeranalyzer.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StabilityDetectorTest {

  private static final Instant T0 = Instant.parse("2026-11-26T10:00:00Z");
  private static final FileState SMALL = new FileState(100, 1_000);
  private static final FileState BIGGER = new FileState(200, 2_000);

  private static Instant at(long seconds) {
    return T0.plusSeconds(seconds);
  }

  @Test
  void fileUnchangedForTheSettleTime_isReadyOnce() {
    StabilityDetector d = new StabilityDetector(Duration.ofSeconds(10));
    assertThat(d.scan(Map.of("a.csv", SMALL), at(0))).isEmpty();
    assertThat(d.scan(Map.of("a.csv", SMALL), at(9))).isEmpty();
    assertThat(d.scan(Map.of("a.csv", SMALL), at(10))).containsExactly("a.csv");
    assertThat(d.scan(Map.of("a.csv", SMALL), at(20))).isEmpty();
  }

  @Test
  void zeroSettle_stillNeedsTwoScansWithTheSameState() {
    StabilityDetector d = new StabilityDetector(Duration.ZERO);
    assertThat(d.scan(Map.of("a.csv", SMALL), at(0))).isEmpty();
    assertThat(d.scan(Map.of("a.csv", SMALL), at(0))).containsExactly("a.csv");
  }

  @Test
  void growingFile_restartsItsSettleTimeAtEveryChange() {
    StabilityDetector d = new StabilityDetector(Duration.ofSeconds(10));
    d.scan(Map.of("a.csv", SMALL), at(0));
    assertThat(d.scan(Map.of("a.csv", BIGGER), at(8))).isEmpty();
    assertThat(d.scan(Map.of("a.csv", BIGGER), at(16))).isEmpty();
    assertThat(d.scan(Map.of("a.csv", BIGGER), at(18))).containsExactly("a.csv");
  }

  @Test
  void sameSizeButNewModificationTime_countsAsAChange() {
    StabilityDetector d = new StabilityDetector(Duration.ofSeconds(5));
    d.scan(Map.of("a.csv", SMALL), at(0));
    assertThat(d.scan(Map.of("a.csv", new FileState(100, 1_500)), at(5))).isEmpty();
    assertThat(d.scan(Map.of("a.csv", new FileState(100, 1_500)), at(10))).containsExactly("a.csv");
  }

  @Test
  void handedOutFileThatChangesLater_isReadyAgainOnceSettled() {
    StabilityDetector d = new StabilityDetector(Duration.ofSeconds(5));
    d.scan(Map.of("a.csv", SMALL), at(0));
    assertThat(d.scan(Map.of("a.csv", SMALL), at(5))).containsExactly("a.csv");
    d.scan(Map.of("a.csv", BIGGER), at(6));
    assertThat(d.scan(Map.of("a.csv", BIGGER), at(11))).containsExactly("a.csv");
  }

  @Test
  void retry_makesTheFileSettleAgain() {
    StabilityDetector d = new StabilityDetector(Duration.ofSeconds(5));
    d.scan(Map.of("a.csv", SMALL), at(0));
    assertThat(d.scan(Map.of("a.csv", SMALL), at(5))).containsExactly("a.csv");
    d.retry("a.csv");
    assertThat(d.scan(Map.of("a.csv", SMALL), at(6))).isEmpty();
    assertThat(d.scan(Map.of("a.csv", SMALL), at(11))).containsExactly("a.csv");
  }

  @Test
  void fileThatDisappearsAndComesBack_startsOver() {
    StabilityDetector d = new StabilityDetector(Duration.ofSeconds(5));
    d.scan(Map.of("a.csv", SMALL), at(0));
    d.scan(Map.of(), at(3));
    assertThat(d.watched()).isZero();
    assertThat(d.scan(Map.of("a.csv", SMALL), at(5))).isEmpty();
    assertThat(d.scan(Map.of("a.csv", SMALL), at(10))).containsExactly("a.csv");
  }

  @Test
  void severalReadyFiles_comeInNameOrder() {
    StabilityDetector d = new StabilityDetector(Duration.ZERO);
    Map<String, FileState> files = Map.of("c.csv", SMALL, "a.csv", SMALL, "b.xlsx", BIGGER);
    d.scan(files, at(0));
    assertThat(d.scan(files, at(1))).containsExactly("a.csv", "b.xlsx", "c.csv");
  }

  @Test
  void negativeSettle_isRefused() {
    assertThatThrownBy(() -> new StabilityDetector(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
