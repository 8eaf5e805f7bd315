package dev.offeranalyzer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Usage errors of {@code watch}: exit 2 and nothing created. */
class WatchCommandTest {

  @TempDir Path dir;

  private record Result(int code, String console) {}

  private static Result watch(String... args) {
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    PrintStream capture = new PrintStream(buf, true, StandardCharsets.UTF_8);
    System.setOut(capture);
    System.setErr(capture);
    try {
      String[] all = new String[args.length + 1];
      all[0] = "watch";
      System.arraycopy(args, 0, all, 1, args.length);
      return new Result(Main.execute(all), buf.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
    }
  }

  @Test
  void missingDropFolder_exits2() {
    Result r =
        watch("--input", dir.resolve("nope").toString(), "--output", dir.resolve("o").toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.console()).contains("does not exist or is not a folder");
    assertThat(dir.resolve("o")).doesNotExist();
  }

  @Test
  void outputSameAsDropFolder_exits2() {
    Result r = watch("--input", dir.toString(), "--output", dir.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.console()).contains("must not be the drop folder itself");
  }

  @Test
  void unreadableInterval_exits2NamingTheForms() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Result r =
        watch(
            "--input",
            in.toString(),
            "--output",
            dir.resolve("o").toString(),
            "--interval",
            "soon");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.console()).contains("write e.g. 10s");
  }

  @Test
  void missingOutputOption_exits2() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    assertThat(watch("--input", in.toString()).code()).isEqualTo(2);
  }
}
