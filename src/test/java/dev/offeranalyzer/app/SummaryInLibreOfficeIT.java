package dev.offeranalyzer.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens summary.xlsx with a second reader, LibreOffice Calc (installed by .ci/run), to prove the
 * workbook is valid outside POI and that input text stays inert there too.
 */
class SummaryInLibreOfficeIT {

  @TempDir Path dir;

  private static boolean sofficeAvailable() {
    try {
      Process p = new ProcessBuilder("soffice", "--version").redirectErrorStream(true).start();
      return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (Exception e) {
      return false;
    }
  }

  @Test
  void summary_opensInLibreOffice_withRankingAndInertText() throws Exception {
    assumeTrue(sofficeAvailable(), "LibreOffice (soffice) is not installed");
    Path in = Files.createDirectories(dir.resolve("in"));
    Path out = dir.resolve("out");
    Files.writeString(
        in.resolve("offers.csv"),
        "offer_id,candidate,base_salary,rsu_value,level,location\n"
            + "X-1,=1+1,200000,400000,L6,Seattle\n"
            + "X-2,@SUM(A1:A2),250000,400000,L6,Seattle\n");
    assertThat(Main.execute("run", "--input", in.toString(), "--output", out.toString())).isZero();

    Path converted = Files.createDirectories(dir.resolve("csv"));
    Process p =
        new ProcessBuilder(
                "soffice",
                "-env:UserInstallation=file://" + dir.resolve("lo-profile").toAbsolutePath(),
                "--headless",
                "--convert-to",
                // UTF-8 (76), sheet 2: the Ranking (the Overview sheet comes first).
                "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,2",
                "--outdir",
                converted.toString(),
                out.resolve("summary.xlsx").toString())
            .redirectErrorStream(true)
            .start();
    String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(180, TimeUnit.SECONDS)).as(log).isTrue();

    List<String> lines =
        Files.readAllLines(converted.resolve("summary-Ranking.csv"), StandardCharsets.UTF_8);
    assertThat(lines.get(0)).startsWith("Rank,Offer ID,Candidate,Company,Level,Location,Year 1");
    assertThat(lines.get(0))
        .endsWith(
            "Proposed 4-Year Total,Ask %,Approval,Report,4-Year Total With Refreshers,Close Call,"
                + "Versions,First 4-Year Total,Gained");
    assertThat(lines).hasSize(3);
    assertThat(lines.get(1)).startsWith("1,X-2,@SUM(A1:A2),Amazon,L6,Seattle,");
    assertThat(lines.get(2)).startsWith("2,X-1,=1+1,Amazon,L6,Seattle,");
    // Report, refreshers, close call, then the history columns: one version, version 1's total,
    // nothing gained yet.
    assertThat(lines.get(2)).endsWith("X-1.pdf,1200000,,1,1200000,0");
  }
}
