package dev.offeranalyzer.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offeranalyzer.batch.BatchResult;
import dev.offeranalyzer.batch.Console;
import dev.offeranalyzer.delivery.ReportMail;
import dev.offeranalyzer.files.SafeNames;
import dev.offeranalyzer.report.model.ReportModelBuilder;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The email content key is taken from the model the render thread built for the PDF (issue 14), and
 * is the same key as a model built for the fixed key date, so a rerun sends nothing again.
 */
class ContentKeyTest {

  @TempDir Path dir;

  @Test
  void keysFromTheRenderThreads_equalTheKeysOfAModelBuiltForTheKeyDate() throws Exception {
    Path config = Files.writeString(dir.resolve("c.properties"), "report.date=2026-11-02\n");
    CommonOptions options = new CommonOptions();
    options.config = config;
    options.threads = 2;
    Wiring wiring = Wiring.create(options);
    Console quiet =
        new Console(new PrintStream(new ByteArrayOutputStream()), true, false, false, false);
    List<ReportMail> mails = new ArrayList<>();
    List<String> expected = new ArrayList<>();
    BatchResult r =
        wiring
            .batch(quiet)
            .run(
                List.of(Path.of("sample-inputs", "offers-2026-q4.csv")),
                Files.createDirectories(dir.resolve("out")),
                (a, row, f, pdf) -> {
                  wiring.reportMail(a, pdf).ifPresent(mails::add);
                  if (a.offer().email() != null && !a.offer().email().isBlank()) {
                    expected.add(
                        SafeNames.sha256(
                            ReportModelBuilder.build(a, wiring.settings(), LocalDate.of(2000, 1, 1))
                                .toString()));
                  }
                });

    assertThat(r.reported()).hasSize(5);
    assertThat(mails).isNotEmpty();
    assertThat(mails).extracting(ReportMail::contentKey).containsExactlyElementsOf(expected);
  }
}
