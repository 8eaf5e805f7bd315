package dev.offeranalyzer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/offer-analyzer} picks the JVM by the size of the job: C1 and the serial collector for
 * a short one, C2 with less inlining and the serial collector for a large batch, the JVM's defaults
 * for watch and bench; OFFER_ANALYZER_JAVA_OPTS comes after that choice (and its collector replaces
 * the serial one). The run says which options it got with --verbose.
 */
class LauncherIT {

  private static final Path LAUNCHER = Path.of("bin", "offer-analyzer");

  @TempDir Path dir;

  private record Run(int code, String output) {}

  private Run launch(Map<String, String> env, String... args) throws Exception {
    List<String> cmd = new ArrayList<>();
    cmd.add("sh");
    cmd.add(LAUNCHER.toString());
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
    pb.environment().remove("OFFER_ANALYZER_JAVA_OPTS");
    pb.environment().putAll(env);
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(3, TimeUnit.MINUTES)).isTrue();
    return new Run(p.exitValue(), out);
  }

  private Path offers(int n) throws IOException {
    Path csv = dir.resolve("offers-" + n + ".csv");
    BenchCommand.generate(csv, n, 7);
    return csv;
  }

  /** The JVM options a successful launch got, as its --verbose run logs them. */
  private String jvmOptions(Map<String, String> env, String... args) throws Exception {
    Run run = launch(env, args);
    assertThat(run.code()).as(run.output()).isZero();
    return run.output()
        .lines()
        .filter(l -> l.contains("JVM options:"))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no JVM options line in:\n" + run.output()));
  }

  @Test
  void aFewOffers_startWithC1AndTheSerialCollector() throws Exception {
    assertThat(jvmOptions(Map.of(), "check", "-v", "--input", offers(3).toString()))
        .contains("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");
  }

  @Test
  void aLargeBatch_keepsC2WithLessInlining_andTheSerialCollector() throws Exception {
    assertThat(jvmOptions(Map.of(), "check", "-v", "-i", offers(3_500).toString()))
        .contains(
            "-XX:+UseSerialGC",
            "-XX:MaxInlineLevel=9",
            "-XX:InlineSmallCode=1000",
            "-XX:FreqInlineSize=150")
        .doesNotContain("TieredStopAtLevel");
  }

  @Test
  void bench_keepsTheJvmDefaults() throws Exception {
    assertThat(jvmOptions(Map.of(), "bench", "-v", "--offers", "2", "--threads", "1"))
        .doesNotContain("TieredStopAtLevel")
        .doesNotContain("UseSerialGC")
        .doesNotContain("MaxInlineLevel");
  }

  @Test
  void theCoachsOwnOptions_comeAfterTheChoice() throws Exception {
    String line =
        jvmOptions(
            Map.of("OFFER_ANALYZER_JAVA_OPTS", "-Xmx256m -XX:TieredStopAtLevel=4"),
            "check",
            "-v",
            "--input=" + offers(3));
    assertThat(line).contains("-Xmx256m", "-XX:+UseSerialGC");
    assertThat(line.lastIndexOf("-XX:TieredStopAtLevel=4"))
        .isGreaterThan(line.indexOf("-XX:TieredStopAtLevel=1"));
  }

  @Test
  void theCoachsOwnCollector_replacesTheSerialOne() throws Exception {
    assertThat(
            jvmOptions(
                Map.of("OFFER_ANALYZER_JAVA_OPTS", "-XX:+UseG1GC -Xmx512m"),
                "check",
                "-v",
                "-i",
                offers(3_500).toString()))
        .contains("-XX:+UseG1GC", "-Xmx512m", "-XX:MaxInlineLevel=9")
        .doesNotContain("UseSerialGC");
  }
}
