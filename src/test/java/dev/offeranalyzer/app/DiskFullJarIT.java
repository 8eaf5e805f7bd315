package dev.offeranalyzer.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A disk that fills up during a batch, through the real jar, on a small tmpfs (Linux, as root;
 * skipped with a message otherwise): the batch stops at once with exit code 3 naming the file, the
 * reports already written are whole, no temporary file is left, and a rerun after space is freed
 * completes.
 */
class DiskFullJarIT {

  private static final Path JAR = Path.of("target", "offer-analyzer.jar");
  private static final int OFFERS = 30;

  @TempDir Path dir;
  private Path mount;
  private boolean mounted;

  private record Run(int code, String output) {}

  @BeforeEach
  void mountSmallDisk() throws Exception {
    assumeThat(System.getProperty("os.name").toLowerCase(Locale.ROOT))
        .as("the full-disk test needs Linux (tmpfs); skipped")
        .contains("linux");
    assumeThat(new com.sun.security.auth.module.UnixSystem().getUid())
        .as("the full-disk test mounts a tmpfs and needs root; skipped")
        .isZero();
    mount = Files.createDirectories(dir.resolve("disk"));
    // Room for about nine reports of ~52 KB.
    Run m = exec("mount", "-t", "tmpfs", "-o", "size=512k", "tmpfs", mount.toString());
    assumeThat(m.code()).as("mount -t tmpfs failed, skipped: " + m.output()).isZero();
    mounted = true;
  }

  @AfterEach
  void unmount() throws Exception {
    if (mounted) {
      exec("umount", mount.toString());
    }
  }

  private static Run exec(String... cmd) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();
    return new Run(p.exitValue(), out);
  }

  private Run runJar(Path in, Path out) throws Exception {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-jar");
    cmd.add(JAR.toAbsolutePath().toString());
    cmd.addAll(List.of("run", "--input", in.toString(), "--output", out.toString(), "--quiet"));
    return exec(cmd.toArray(String[]::new));
  }

  private static List<Path> files(Path dir, String suffix) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(p -> p.getFileName().toString().endsWith(suffix)).toList();
    }
  }

  @Test
  void diskFullDuringABatch_stopsAtOnceWithExit3NamingTheFile_andARerunCompletes()
      throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    StringBuilder csv =
        new StringBuilder(
            "offer_id,candidate,email,company,level,location,base_salary,sign_on_year1,"
                + "sign_on_year2,rsu_value\n");
    for (int i = 1; i <= OFFERS; i++) {
      csv.append("F-")
          .append(i)
          .append(",Client ")
          .append(i)
          .append(",client")
          .append(i)
          .append("@example.com,Amazon,L6,Seattle,")
          .append(180_000 + i * 100)
          .append(",50000,30000,300000\n");
    }
    Files.writeString(in.resolve("offers.csv"), csv);
    Path out = mount.resolve("reports");

    Run full = runJar(in, out);

    assertThat(full.code()).as(full.output()).isEqualTo(3);
    String[] lines = full.output().strip().split("\n");
    assertThat(lines[lines.length - 1])
        .as("the closing line names the file")
        .matches(
            "error: .*/reports/(F-\\d+\\.pdf|\\.offer-analyzer/state\\.db): no space left on"
                + " the device; the batch stopped.*");
    assertThat(full.output())
        .as("no more rendering after the disk filled up")
        .doesNotContain("could not be written: No space left on device");
    List<Path> pdfs = files(out, ".pdf");
    assertThat(pdfs).hasSizeBetween(1, OFFERS - 1);
    for (Path pdf : pdfs) {
      try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(pdf))) {
        assertThat(doc.getNumberOfPages()).as(pdf.toString()).isPositive();
      }
    }
    assertThat(files(out, ".partial")).as("nothing half-written").isEmpty();

    assertThat(exec("mount", "-o", "remount,size=32m", mount.toString()).code()).isZero();
    Run again = runJar(in, out);

    assertThat(again.code()).as(again.output()).isZero();
    assertThat(files(out, ".pdf")).hasSize(OFFERS);
    assertThat(out.resolve("summary.xlsx")).isRegularFile();
    assertThat(files(out.resolve("outbox"), ".eml")).hasSize(OFFERS);
  }
}
