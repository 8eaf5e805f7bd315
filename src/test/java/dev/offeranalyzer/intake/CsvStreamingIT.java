package dev.offeranalyzer.intake;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offeranalyzer.config.Settings;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvStreamingIT {

  private static final int ROWS = 100_000;

  @TempDir Path dir;

  @Test
  void hundredThousandRows_streamThroughWithoutHoldingOffers() throws IOException {
    Path f = dir.resolve("big.csv");
    try (BufferedWriter w = Files.newBufferedWriter(f)) {
      w.write("offer_id,candidate,email,level,location,base_salary,sign_on_year1,rsu_value\n");
      for (int i = 0; i < ROWS; i++) {
        w.write(
            "id-"
                + i
                + ",Candidate "
                + i
                + ",c"
                + i
                + "@example.com,L6,Seattle,\"$"
                + (150_000 + i % 50_000)
                + "\",50k,400000\n");
      }
    }
    AtomicInteger seen = new AtomicInteger();

    FileResult r =
        Assertions.assertTimeoutPreemptively(
            Duration.ofSeconds(30),
            () -> new OfferReader(Settings.defaults()).read(f, o -> seen.incrementAndGet()));

    assertThat(r.problems()).isEmpty();
    assertThat(r.offersRead()).isEqualTo(ROWS);
    assertThat(seen.get()).isEqualTo(ROWS);
  }
}
