package dev.offeranalyzer.app;

import static dev.offeranalyzer.offer.TestOffers.money;
import static dev.offeranalyzer.offer.TestOffers.pct;
import static org.assertj.core.api.Assertions.assertThat;

import dev.offeranalyzer.engine.CompensationEngine;
import dev.offeranalyzer.engine.Refreshers;
import dev.offeranalyzer.market.BuiltInBands;
import dev.offeranalyzer.offer.Money;
import dev.offeranalyzer.offer.Offer;
import dev.offeranalyzer.offer.SignOnTerms;
import dev.offeranalyzer.rules.Analysis;
import dev.offeranalyzer.rules.Analyzer;
import dev.offeranalyzer.rules.Thresholds;
import dev.offeranalyzer.rules.TierPlan;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sections 3, 13 and 14 through the built jar: Google, Meta and Apple offers beside Amazon's, with
 * refreshers, sign-on terms, approval tiers and a close-call pair. Expected figures come from the
 * engine and analyzer run in-process on the same offers.
 */
class BeyondTheLetterJarIT {

  @TempDir static Path out;
  static String stdout;
  static int code;
  static Map<String, Analysis> expected = new HashMap<>();

  @BeforeAll
  static void runTheJar() throws Exception {
    Path in = Files.createDirectories(out.resolve("in"));
    Files.copy(Path.of("src/test/resources/beyond-letter/offers.csv"), in.resolve("offers.csv"));
    List<String> cmd =
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-jar",
            Path.of("target", "offer-analyzer.jar").toString(),
            "run",
            "--input",
            in.toString(),
            "--output",
            out.resolve("reports").toString());
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    stdout = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
    code = p.exitValue();

    Analyzer analyzer =
        new Analyzer(BuiltInBands.data(), Thresholds.defaults(), new CompensationEngine());
    LocalDate start = LocalDate.of(2026, 3, 2);
    List<Offer> offers =
        List.of(
            offer("G-1", "Priya Rao", "Google", "L5", "Bay Area", "200000", "50000", "0", "400000")
                .stockGrowth(pct("5"))
                .annualBonusPct(pct("15"))
                .refresherPerYear(money("100000"))
                .startDate(start)
                .build(),
            offer("M-1", "Priya Rao", "Meta", "E5", "Bay Area", "205000", "40000", "0", "390000")
                .annualBonusPct(pct("15"))
                .refresherPerYear(money("80000"))
                .signOnTerms(SignOnTerms.FULL)
                .startDate(start)
                .build(),
            offer("A-1", "Sam Lee", "Apple", "ICT4", "Seattle", "190000", "30000", "0", "300000")
                .annualBonusPct(pct("10"))
                .signOnTerms(SignOnTerms.NONE)
                .build(),
            offer(
                    "AZ-1", "Sam Lee", "Amazon", "L6", "Seattle", "180000", "60000", "40000",
                    "300000")
                .build());
    for (Analysis a : analyzer.analyze(offers)) {
      expected.put(a.offer().offerId(), a);
    }
  }

  private static Offer.Builder offer(
      String id,
      String candidate,
      String company,
      String level,
      String location,
      String base,
      String s1,
      String s2,
      String grant) {
    return Offer.builder()
        .offerId(id)
        .candidate(candidate)
        .company(company)
        .level(level)
        .location(location)
        .baseSalary(money(base))
        .signOnYear1(money(s1))
        .signOnYear2(money(s2))
        .rsuValue(money(grant));
  }

  @Test
  void badScheduleIsARowErrorNamingColumnValueAndWhatIsAccepted() {
    assertThat(code).as(stdout).isEqualTo(1);
    assertThat(stdout)
        .contains("offers.csv: 4 offers read, 1 row rejected")
        .contains(
            "offers.csv row 6, vesting: \"10/20/30/41 monthly\" yearly percents add up to 101, not"
                + " 100 (accepted: amazon, even, google, meta, apple, or four yearly percents");
  }

  @Test
  void rankingHasRefresherTotalsAndCloseCallsCellByCell() throws Exception {
    try (XSSFWorkbook wb = workbook()) {
      Sheet ranking = wb.getSheet("Ranking");
      List<String> heads = new ArrayList<>();
      ranking.getRow(0).forEach(c -> heads.add(c.getStringCellValue()));
      int withRefreshers = heads.indexOf("4-Year Total With Refreshers");
      int closeCall = heads.indexOf("Close Call");
      int id = heads.indexOf("Offer ID");
      int total = heads.indexOf("4-Year Total");
      assertThat(withRefreshers).isPositive();
      assertThat(closeCall).isPositive();
      assertThat(ranking.getLastRowNum()).isEqualTo(4);
      Map<String, String> closeCalls = new HashMap<>();
      for (int r = 1; r <= 4; r++) {
        Row row = ranking.getRow(r);
        Analysis a = expected.get(row.getCell(id).getStringCellValue());
        Money fourYears = a.compensation().fourYearTotal();
        assertThat(row.getCell(total).getNumericCellValue())
            .isEqualTo(fourYears.amount().doubleValue());
        assertThat(row.getCell(withRefreshers).getNumericCellValue())
            .as(a.offer().offerId())
            .isEqualTo(fourYears.plus(Refreshers.total(a.offer())).amount().doubleValue());
        closeCalls.put(
            a.offer().offerId(),
            row.getCell(closeCall) == null ? "" : row.getCell(closeCall).getStringCellValue());
      }
      assertThat(closeCalls)
          .containsEntry("G-1", "M-1")
          .containsEntry("M-1", "G-1")
          .containsEntry("A-1", "")
          .containsEntry("AZ-1", "");
      // Refreshers are beside the years: the contract total is the same without them
      assertThat(expected.get("G-1").compensation().fourYearTotal())
          .isLessThan(
              expected
                  .get("G-1")
                  .compensation()
                  .fourYearTotal()
                  .plus(Refreshers.total(expected.get("G-1").offer())));
    }
  }

  @Test
  void plansSheetHasTheFullPlanThenEachLowerTierCellByCell() throws Exception {
    try (XSSFWorkbook wb = workbook()) {
      Sheet plans = wb.getSheet("Plans");
      List<String> heads = new ArrayList<>();
      plans.getRow(0).forEach(c -> heads.add(c.getStringCellValue()));
      assertThat(heads)
          .containsExactly(
              "Offer ID",
              "Tier",
              "Base Target",
              "Grant Target",
              "Sign-On Target",
              "Proposed 4-Year Total",
              "Ask %");
      Map<String, List<TierPlan>> want = new HashMap<>();
      int rows = 0;
      for (Analysis a : expected.values()) {
        want.put(a.offer().offerId(), a.tiers());
        rows += a.tiers().size();
      }
      assertThat(plans.getLastRowNum()).isEqualTo(rows);
      assertThat(rows).as("some offer needs more than the recruiter").isGreaterThan(4);
      Map<String, Integer> seen = new HashMap<>();
      for (int r = 1; r <= rows; r++) {
        Row row = plans.getRow(r);
        String id = row.getCell(0).getStringCellValue();
        int i = seen.merge(id, 1, Integer::sum) - 1;
        TierPlan t = want.get(id).get(i);
        assertThat(row.getCell(1).getStringCellValue()).isEqualTo(t.tierLabel());
        assertThat(row.getCell(2).getNumericCellValue()).isEqualTo(d(t.baseTarget()));
        assertThat(row.getCell(3).getNumericCellValue()).isEqualTo(d(t.grantTarget()));
        assertThat(row.getCell(4).getNumericCellValue()).isEqualTo(d(t.signOnTarget()));
        assertThat(row.getCell(5).getNumericCellValue()).isEqualTo(d(t.proposedTotal()));
        assertThat(row.getCell(6).getNumericCellValue()).isEqualTo(t.askPercent().doubleValue());
        if (i == 0) {
          assertThat(t.tierLabel()).isEqualTo("Full");
        }
      }
    }
  }

  @Test
  void findingsHoldACloseCallOnBothOffersOfThePair() throws Exception {
    try (XSSFWorkbook wb = workbook()) {
      Sheet findings = wb.getSheet("Findings");
      Map<String, Row> closeCalls = new HashMap<>();
      for (int r = 1; r <= findings.getLastRowNum(); r++) {
        Row row = findings.getRow(r);
        if (row.getCell(3).getStringCellValue().equals("CLOSE_CALL")) {
          closeCalls.put(row.getCell(0).getStringCellValue(), row);
        }
      }
      assertThat(closeCalls).containsOnlyKeys("G-1", "M-1");
      Row g = closeCalls.get("G-1");
      assertThat(g.getCell(1).getStringCellValue()).isEqualTo("Priya Rao");
      assertThat(g.getCell(2).getStringCellValue()).isEqualTo("Info");
      assertThat(g.getCell(4).getStringCellValue()).isEqualTo("Close call with Meta (offer M-1)");
      assertThat(g.getCell(6).getStringCellValue())
          .contains("of share-price change (for both)")
          .contains("Meta (offer M-1)");
      assertThat(closeCalls.get("M-1").getCell(4).getStringCellValue())
          .isEqualTo("Close call with Google (offer G-1)");
    }
  }

  @Test
  void pdfsShowEachNewSection() throws Exception {
    String g = pdf("G-1");
    assertThat(g)
        .contains("Expected refreshers (beside the four years, not in them)")
        .contains("Contract total", "Expected refreshers", "With refreshers")
        .contains(
            "4 years "
                + dollars(expected.get("G-1").compensation().fourYearTotal())
                + " "
                + dollars(Refreshers.total(expected.get("G-1").offer())))
        .contains("If you leave early")
        .contains("Leaving after Base earned Sign-on paid RSUs vested Received Repaid Kept")
        .contains("3 months $50,000 $50,000")
        .contains("Get the sign-on repayment terms in writing")
        .contains("Vesting preset \"google\" (38/32/20/10 monthly)")
        .contains("Check the vesting schedule in your offer letter")
        .contains("(3 vests)")
        .contains("This offer is a close call with each offer marked close call")
        .containsPattern("Meta E5 Bay Area .* · close call");
    String tiered = null;
    for (Analysis a : expected.values()) {
      if (a.tiers().size() > 1) {
        tiered = a.offer().offerId();
      }
    }
    assertThat(tiered).isNotNull();
    String t = pdf(tiered);
    assertThat(t).contains("How hard to push: asks by approval").contains("Full plan");
    for (TierPlan p : expected.get(tiered).tiers()) {
      if (!p.isFull()) {
        String title =
            switch (p.within()) {
              case RECRUITER -> "Within the recruiter's own approval";
              case HIRING_MANAGER -> "Within a hiring manager's";
              default -> "Within a director's";
            };
        assertThat(t)
            .contains(
                title
                    + " "
                    + dollars(p.baseTarget())
                    + " "
                    + dollars(p.grantTarget())
                    + " "
                    + dollars(p.signOnTarget())
                    + " "
                    + dollars(p.proposedTotal()));
      }
    }
    assertThat(pdf("A-1"))
        .contains("Vesting preset \"apple\"")
        .doesNotContain("Expected refreshers");
    assertThat(pdf("M-1")).contains("full: leaving within 12 months of a payment repays all of it");
  }

  private static String dollars(Money m) {
    return String.format("$%,d", m.roundedDollars());
  }

  private static double d(Money m) {
    return m.amount().doubleValue();
  }

  private static XSSFWorkbook workbook() throws IOException {
    return new XSSFWorkbook(Files.newInputStream(out.resolve("reports").resolve("summary.xlsx")));
  }

  private static String pdf(String id) throws IOException {
    try (PDDocument pdf = Loader.loadPDF(out.resolve("reports").resolve(id + ".pdf").toFile())) {
      return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
    }
  }
}
