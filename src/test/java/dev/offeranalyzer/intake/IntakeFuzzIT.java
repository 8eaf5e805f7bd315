package dev.offeranalyzer.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.offeranalyzer.config.Settings;
import dev.offeranalyzer.testing.HostileFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #6: a small fuzz run with a fixed seed. Random bytes and random mutations of a valid
 * workbook and CSV each end in offers, a problem or a note; nothing escapes the reader and nothing
 * hangs. A failure names the seed and the case, whose file the message names.
 */
class IntakeFuzzIT {

  private static final long SEED = 6_2026L;
  private static final int TIMEOUT_SECONDS = 15;
  private static final ExecutorService RUNNER =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "fuzz-case");
            t.setDaemon(true);
            return t;
          });

  @TempDir Path dir;

  @AfterAll
  static void stop() {
    RUNNER.shutdownNow();
  }

  @Test
  void randomBytes_withEveryName() throws Exception {
    Random r = new Random(SEED);
    String[] names = {"r.csv", "r.xlsx", "r.xls", "r.xlsm"};
    byte[][] magic = {
      {}, {0x50, 0x4B, 0x03, 0x04}, {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0}, {(byte) 0xEF}
    };
    for (int i = 0; i < 100; i++) {
      byte[] head = magic[r.nextInt(magic.length)];
      byte[] body = new byte[r.nextInt(4096)];
      r.nextBytes(body);
      byte[] bytes = Arrays.copyOf(head, head.length + body.length);
      System.arraycopy(body, 0, bytes, head.length, body.length);
      check("random-" + i, names[r.nextInt(names.length)], bytes);
    }
  }

  @Test
  void mutatedWorkbooks() throws Exception {
    Random r = new Random(SEED + 1);
    byte[] xlsx = HostileFiles.valid();
    byte[] xls = xls();
    for (int i = 0; i < 150; i++) {
      check("xlsx-" + i, "m.xlsx", mutate(xlsx, r));
    }
    for (int i = 0; i < 50; i++) {
      check("xls-" + i, "m.xls", mutate(xls, r));
    }
  }

  @Test
  void mutatedCsv() throws Exception {
    Random r = new Random(SEED + 2);
    byte[] csv =
        ("offer_id,candidate,base_salary,rsu_value,start_date,stock_growth\n"
                + "A-1,Ann Lee,\"$200,000\",400k,2026-01-15,5%\n"
                + "A-2,\"Roe, Bob\",210000,1.2M,1/15/2026,0.1\n"
                + "A-3,Cy,190000,300000,,\n")
            .getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < 200; i++) {
      check("csv-" + i, "m.csv", mutate(csv, r));
    }
  }

  private void check(String label, String name, byte[] bytes) throws Exception {
    Path caseDir = Files.createDirectories(dir.resolve(label));
    Path file = Files.write(caseDir.resolve(name), bytes);
    Future<FileResult> run =
        RUNNER.submit(() -> new OfferReader(Settings.defaults()).read(file, o -> {}));
    FileResult result;
    try {
      result = run.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      run.cancel(true);
      fail("case %s (seed %d) did not finish in %d s: %s", label, SEED, TIMEOUT_SECONDS, file);
      return;
    } catch (java.util.concurrent.ExecutionException e) {
      throw new AssertionError(
          "case " + label + " (seed " + SEED + ") threw out of the reader: " + file, e.getCause());
    }
    assertThat(result.offersRead() > 0 || result.problemCount() > 0 || !result.warnings().isEmpty())
        .as("case %s (seed %d) ends in offers, a problem or a note: %s", label, SEED, result)
        .isTrue();
    assertThat(result.problems())
        .as("case %s", label)
        .allSatisfy(
            p -> {
              assertThat(p.file()).isEqualTo(name);
              assertThat(p.describe()).startsWith(name).doesNotContain("Exception");
            });
  }

  /** One to four random edits: flip, overwrite, insert, delete, cut short or repeat a stretch. */
  private static byte[] mutate(byte[] original, Random r) {
    byte[] b = original.clone();
    int edits = 1 + r.nextInt(4);
    for (int e = 0; e < edits && b.length > 0; e++) {
      int at = r.nextInt(b.length);
      switch (r.nextInt(6)) {
        case 0 -> b[at] ^= (byte) (1 << r.nextInt(8));
        case 1 -> {
          int n = Math.min(b.length - at, 1 + r.nextInt(16));
          for (int i = 0; i < n; i++) {
            b[at + i] = (byte) "\",;\t\n\r\0\u00a0=%$-".charAt(r.nextInt(12));
          }
        }
        case 2 -> {
          byte[] ins = new byte[1 + r.nextInt(32)];
          r.nextBytes(ins);
          b = splice(b, at, 0, ins);
        }
        case 3 -> b = splice(b, at, Math.min(b.length - at, 1 + r.nextInt(64)), new byte[0]);
        case 4 -> b = Arrays.copyOf(b, at);
        default -> {
          int n = Math.min(b.length - at, 1 + r.nextInt(64));
          b = splice(b, at, 0, Arrays.copyOfRange(b, at, at + n));
        }
      }
    }
    return b;
  }

  private static byte[] splice(byte[] b, int at, int remove, byte[] insert) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(b, 0, at);
    out.writeBytes(insert);
    out.write(b, at + remove, b.length - at - remove);
    return out.toByteArray();
  }

  private static byte[] xls() throws IOException {
    try (HSSFWorkbook wb = new HSSFWorkbook()) {
      var s = wb.createSheet("Offers");
      var h = s.createRow(0);
      h.createCell(0).setCellValue("candidate");
      h.createCell(1).setCellValue("base_salary");
      h.createCell(2).setCellValue("rsu_value");
      var d = s.createRow(1);
      d.createCell(0).setCellValue("Xl Person");
      d.createCell(1).setCellValue(200000);
      d.createCell(2).setCellValue(400000);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      return out.toByteArray();
    }
  }
}
