package dev.offeranalyzer.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class OutputFullTest {

  @Test
  void noSpaceLeft_evenWrappedWithoutACause_isFatal() {
    RuntimeException wrapped = new RuntimeException("No space left on device");

    assertThat(OutputFull.reason(wrapped)).contains("no space left on the device");
    assertThat(
            OutputFull.reason(
                new UncheckedIOException("journal", new IOException("Disk quota exceeded"))))
        .contains("disk quota exceeded");
    assertThat(OutputFull.reason(new AccessDeniedException("/out/A.pdf")))
        .contains("permission denied");
  }

  @Test
  void aBugInOneReport_isNotFatal() {
    assertThat(OutputFull.reason(new IllegalStateException("chart has no data"))).isEmpty();
  }

  @Test
  void file_isTheOneTheFailureNames_elseTheFallback() {
    Path fallback = Path.of("out", "A.pdf");

    assertThat(OutputFull.file(new FileSystemException("/out/summary.xlsx"), fallback))
        .isEqualTo(Path.of("/out/summary.xlsx"));
    assertThat(OutputFull.file(new IOException("No space left on device"), fallback))
        .isEqualTo(fallback);
  }
}
