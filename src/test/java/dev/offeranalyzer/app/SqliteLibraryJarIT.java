package dev.offeranalyzer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;

/**
 * The state database's native library through the real jar: kept once in the user's cache folder
 * and loaded from there, nothing written to the temporary folder, on this Linux x86-64 machine.
 */
@EnabledIf(
    value = "dev.offeranalyzer.output.SqliteLibrary#keptHere",
    disabledReason = "the library is kept on Linux x86-64 with glibc only")
class SqliteLibraryJarIT {

  @TempDir Path dir;

  private int run(Path cache, Path tmp, String... args) throws Exception {
    List<String> cmd =
        new java.util.ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.io.tmpdir=" + tmp,
                "-jar",
                Path.of("target", "offer-analyzer.jar").toString()));
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
    pb.redirectOutput(dir.resolve("console.txt").toFile());
    pb.environment().put("XDG_CACHE_HOME", cache.toString());
    Process p = pb.start();
    assertThat(p.waitFor(3, TimeUnit.MINUTES)).isTrue();
    return p.exitValue();
  }

  @Test
  void nativeLibrary_isKeptInTheCacheFolder_andTheTemporaryFolderStaysClean() throws Exception {
    Path cache = Files.createDirectories(dir.resolve("cache"));
    Path tmp = Files.createDirectories(dir.resolve("tmp"));
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.copy(Path.of("sample-inputs/offers-2026-q4.csv"), in.resolve("offers.csv"));
    Path config = Files.writeString(dir.resolve("date.properties"), "report.date=2026-11-26\n");

    for (int i = 0; i < 2; i++) {
      int code =
          run(
              cache,
              tmp,
              "run",
              "-q",
              "--config",
              config.toString(),
              "-i",
              in.toString(),
              "-o",
              dir.resolve("out").toString());
      assertThat(code).as(Files.readString(dir.resolve("console.txt"))).isIn(0, 1);
      assertThat(dir.resolve("out/.offer-analyzer")).isDirectory();
      try (Stream<Path> kept = Files.walk(cache.resolve("offer-analyzer"))) {
        assertThat(kept.filter(Files::isRegularFile))
            .singleElement()
            .satisfies(
                lib -> {
                  assertThat(lib.getFileName().toString()).isEqualTo("libsqlitejdbc.so");
                  assertThat(Files.size(lib)).isGreaterThan(500_000);
                });
      }
      try (Stream<Path> left = Files.list(tmp)) {
        assertThat(left.map(p -> p.getFileName().toString()))
            .noneMatch(name -> name.startsWith("sqlite-"));
      }
    }
  }
}
