package dev.offeranalyzer.watch;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

/** Runs the real jar in a child process, as a coach or a scheduler would. */
final class Cli {

  static final Path JAR = Path.of("target", "offer-analyzer.jar");
  static final Duration LONG = Duration.ofSeconds(90);

  private final Process process;
  private final Path log;

  private Cli(Process process, Path log) {
    this.process = process;
    this.log = log;
  }

  /** Starts {@code java -jar offer-analyzer.jar args...}; its output goes to {@code log}. */
  static Cli start(Path log, String... args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx512m");
    command.add("-jar");
    command.add(JAR.toAbsolutePath().toString());
    command.addAll(List.of(args));
    Process p =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(nullInput()))
            .start();
    return new Cli(p, log);
  }

  private static java.io.File nullInput() {
    return new java.io.File(
        System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
  }

  /** Runs to the end and returns the exit code. */
  static int run(Path log, String... args) throws Exception {
    Cli cli = start(log, args);
    return cli.waitFor(LONG);
  }

  long pid() {
    return process.pid();
  }

  String output() {
    try {
      return Files.readString(log, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "(no output: " + e.getMessage() + ")";
    }
  }

  boolean isAlive() {
    return process.isAlive();
  }

  /** SIGTERM on Linux. */
  void terminate() {
    process.destroy();
  }

  /** SIGKILL on Linux. */
  void kill() {
    process.destroyForcibly();
  }

  int waitFor(Duration timeout) throws InterruptedException {
    if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("still running after " + timeout + "; output:\n" + output());
    }
    return process.exitValue();
  }

  /**
   * Waits until {@code condition} holds, polling; fails with the process output if it never does.
   */
  void await(String what, BooleanSupplier condition) throws InterruptedException {
    await(what, condition, this);
  }

  static void await(String what, BooleanSupplier condition, Cli cli) throws InterruptedException {
    long deadline = System.nanoTime() + LONG.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError(
            "timed out waiting for " + what + (cli == null ? "" : "; output:\n" + cli.output()));
      }
      Thread.sleep(100);
    }
  }

  /** A CSV of {@code n} valid offers, ids {@code PREFIX-1} ..., each for its own candidate. */
  static String offersCsv(String prefix, int n) {
    StringBuilder sb =
        new StringBuilder(
            "offer_id,candidate,company,level,location,base_salary,sign_on_year1,sign_on_year2,rsu_value\n");
    for (int i = 1; i <= n; i++) {
      sb.append(prefix)
          .append('-')
          .append(i)
          .append(",Candidate ")
          .append(prefix)
          .append(' ')
          .append(i)
          .append(",Amazon,L6,Seattle,")
          .append(180_000 + i * 100)
          .append(",50000,30000,300000\n");
    }
    return sb.toString();
  }

  /** The files under {@code dir} whose names end with {@code suffix}. */
  static List<Path> files(Path dir, String suffix) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
    } catch (IOException e) {
      return List.of();
    }
  }

  /** The PDFs directly in {@code dir}. */
  static List<Path> pdfs(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().endsWith(".pdf")).sorted().toList();
    } catch (IOException e) {
      return List.of();
    }
  }

  /**
   * Every PDF under a final name directly in {@code dir} is whole (see {@link #assertCompletePdf});
   * temporary files of writes in flight ({@code .NAME.PID.partial}) are not looked at.
   */
  static void assertCompletePdfs(Path dir) throws IOException {
    for (Path pdf : pdfs(dir)) {
      assertCompletePdf(pdf);
    }
  }

  /**
   * {@code pdf} is whole, not cut short by a kill: its bytes end with {@code %%EOF} (perhaps
   * followed by a line end), and OpenPDF opens it without having to rebuild its cross-reference
   * table and finds at least one page.
   */
  static void assertCompletePdf(Path pdf) throws IOException {
    byte[] bytes = Files.readAllBytes(pdf);
    int from = Math.max(0, bytes.length - 16);
    String tail = new String(bytes, from, bytes.length - from, StandardCharsets.ISO_8859_1);
    assertThat(tail)
        .as("end of " + pdf + " (" + bytes.length + " bytes)")
        .matches("(?s).*%%EOF(\\r?\\n)?");
    try (PdfReader reader = new PdfReader(bytes)) {
      assertThat(reader.isRebuilt()).as("cross-reference table of " + pdf + " damaged").isFalse();
      assertThat(reader.getNumberOfPages()).as("pages of " + pdf).isPositive();
    } catch (IOException e) {
      throw new AssertionError("OpenPDF cannot open " + pdf + ": " + e.getMessage(), e);
    }
  }

  /** No temporary file of an interrupted write is left under {@code dir}. */
  static void assertNoPartialFiles(Path dir) {
    assertThat(files(dir, ".partial")).as("temporary files under " + dir).isEmpty();
  }
}
