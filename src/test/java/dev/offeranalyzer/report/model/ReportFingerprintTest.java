package dev.offeranalyzer.report.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offeranalyzer.offer.Money;
import dev.offeranalyzer.report.ReportFixtures;
import dev.offeranalyzer.rules.Analysis;
import org.junit.jupiter.api.Test;

class ReportFingerprintTest {

  /**
   * Golden: the fingerprint of the sample report. It changes only when what a client reads changes;
   * if this test fails after a refactoring, clients would be emailed again.
   */
  @Test
  void sampleReport_hasItsPinnedFingerprint() {
    ReportFingerprint f = ReportFingerprint.of(ReportFixtures.janeAnalysis());

    assertThat(f.canonical()).startsWith("offer_id=").contains("\nfour_year_total=");
    assertThat(f.fingerprint()).isEqualTo(GOLDEN);
  }

  static final String GOLDEN = "7fc0972f3921b7a97a956bd17d7d34a6d948ce81721f7081194ced3026f7af0b";

  @Test
  void sameFacts_sameFingerprint_andSourceRowDoesNotCount() {
    Analysis a = ReportFixtures.janeAnalysis();
    Analysis moved =
        new Analysis(
            a.offer().toBuilder()
                .source(new dev.offeranalyzer.offer.SourceRef("x.csv", null, 99))
                .build(),
            a.compensation(),
            a.market(),
            a.findings(),
            a.plan(),
            a.competing(),
            a.notes());

    assertThat(ReportFingerprint.of(moved).fingerprint())
        .isEqualTo(ReportFingerprint.of(a).fingerprint());
  }

  @Test
  void changedFigure_changesTheFingerprint() {
    Analysis a = ReportFixtures.janeAnalysis();
    Analysis other =
        new Analysis(
            a.offer().toBuilder().baseSalary(a.offer().baseSalary().plus(Money.of(1))).build(),
            a.compensation(),
            a.market(),
            a.findings(),
            a.plan(),
            a.competing(),
            a.notes());

    assertThat(ReportFingerprint.of(other).fingerprint())
        .isNotEqualTo(ReportFingerprint.of(a).fingerprint());
  }
}
