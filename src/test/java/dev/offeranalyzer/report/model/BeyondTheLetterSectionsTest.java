package dev.offeranalyzer.report.model;

import static dev.offeranalyzer.offer.TestOffers.anOffer;
import static dev.offeranalyzer.offer.TestOffers.money;
import static org.assertj.core.api.Assertions.assertThat;

import dev.offeranalyzer.config.Settings;
import dev.offeranalyzer.engine.CompensationEngine;
import dev.offeranalyzer.market.BuiltInBands;
import dev.offeranalyzer.offer.Money;
import dev.offeranalyzer.offer.Offer;
import dev.offeranalyzer.offer.SignOnTerms;
import dev.offeranalyzer.rules.Analysis;
import dev.offeranalyzer.rules.Analyzer;
import dev.offeranalyzer.rules.Thresholds;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The report sections of SPEC sections 3, 13 and 14, as the model words them. */
class BeyondTheLetterSectionsTest {

  private final Analyzer analyzer =
      new Analyzer(BuiltInBands.data(), Thresholds.defaults(), new CompensationEngine());

  private ReportModel model(Offer o) {
    return ReportModelBuilder.build(
        analyzer.analyze(o), Settings.defaults(), LocalDate.of(2026, 1, 1));
  }

  @Test
  void monthlyVesting_isShownByQuarterWithEveryEventListed() {
    ReportModel m = model(anOffer().company("Google").startDate(LocalDate.of(2026, 3, 2)).build());

    assertThat(m.vest().rows()).hasSize(16);
    assertThat(m.vest().rows().get(0).when()).isEqualTo("Apr 2, May 2, Jun 2, 2026 (3 vests)");
    assertThat(m.vest().rows().get(0).percentOfGrant()).isEqualTo("9.50%");
    assertThat(m.vest().rows().get(3).when()).isEqualTo("Jan 2, Feb 2, Mar 2, 2027 (3 vests)");
    assertThat(m.vest().totalPercent()).isEqualTo("100.00%");
    assertThat(m.assumptions())
        .anySatisfy(
            a -> assertThat(a).startsWith("Vesting preset \"google\" (38/32/20/10 monthly)"))
        .anySatisfy(a -> assertThat(a).contains("Check the vesting schedule in your offer letter"));
  }

  @Test
  void quarterlyVesting_keepsOneRowPerEvent() {
    ReportModel m = model(anOffer().company("Meta").build());
    assertThat(m.vest().rows()).hasSize(16);
    assertThat(m.vest().rows().get(0).when()).isEqualTo("Month 3");
  }

  @Test
  void refreshers_areASectionBesideTheYearsOnlyWhenExpected() {
    assertThat(model(anOffer().build()).refreshers().shown()).isFalse();
    ReportModel m = model(anOffer().refresherPerYear(money("80000")).build());
    assertThat(m.refreshers().rows())
        .extracting(RefreshersSection.Row::expectedRefreshers)
        .containsExactly("$0", "$20,000", "$40,000", "$60,000");
    assertThat(m.refreshers().fourYears().contractTotal()).isEqualTo(m.headline().fourYearTotal());
    assertThat(m.refreshers().fourYears().withRefreshers()).isEqualTo("$1,420,000");
  }

  @Test
  void leavingEarly_hasSixRowsAndTheChecklistAsksForTheTermsInWriting() {
    ReportModel m = model(anOffer().signOnTerms(SignOnTerms.FULL).build());
    assertThat(m.leavingEarly().rows())
        .extracting(LeavingEarlySection.Row::after)
        .containsExactly("3 months", "6 months", "9 months", "12 months", "18 months", "24 months");
    assertThat(m.leavingEarly().rows().get(0).repaid()).isEqualTo("$60,000");
    assertThat(m.leavingEarly().note()).contains("full: leaving within 12 months");
    assertThat(m.checklist().get(1).items())
        .anySatisfy(
            i -> {
              assertThat(i.text()).isEqualTo("Get the sign-on repayment terms in writing");
              assertThat(i.status()).isEqualTo(ReportModel.CheckStatus.OPEN);
            });
    ReportModel noSignOn = model(anOffer().signOnYear1(Money.ZERO).signOnYear2(Money.ZERO).build());
    assertThat(noSignOn.checklist().get(1).items())
        .anySatisfy(
            i -> {
              assertThat(i.text()).isEqualTo("Get the sign-on repayment terms in writing");
              assertThat(i.status()).isEqualTo(ReportModel.CheckStatus.NOT_APPLICABLE);
            });
  }

  @Test
  void tiers_followTheFullPlanWithTheirTitles() {
    Analysis a = analyzer.analyze(anOffer().unvestedEquity(money("400000")).build());
    ReportModel m = ReportModelBuilder.build(a, Settings.defaults(), LocalDate.of(2026, 1, 1));
    List<String> titles = m.tiers().rows().stream().map(TiersSection.Row::title).toList();
    assertThat(titles.get(0)).isEqualTo("Full plan");
    assertThat(titles.subList(1, titles.size()))
        .isSubsetOf(
            "Within the recruiter's own approval",
            "Within a hiring manager's",
            "Within a director's")
        .hasSize(a.tiers().size() - 1)
        .isNotEmpty();
    assertThat(m.tiers().rows().get(0).proposedTotal()).isEqualTo(m.plan().proposedTotal());
  }
}
