package dev.offeranalyzer.report.model;

import static dev.offeranalyzer.report.ReportFixtures.REPORT_DATE;
import static dev.offeranalyzer.report.ReportFixtures.SEATTLE_L6;
import static dev.offeranalyzer.report.ReportFixtures.analysis;
import static dev.offeranalyzer.report.ReportFixtures.jane;
import static dev.offeranalyzer.report.ReportFixtures.janeAnalysis;
import static dev.offeranalyzer.report.ReportFixtures.minimal;
import static dev.offeranalyzer.report.ReportFixtures.settings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.offeranalyzer.config.Settings;
import dev.offeranalyzer.offer.Money;
import dev.offeranalyzer.offer.Offer;
import dev.offeranalyzer.offer.Percent;
import dev.offeranalyzer.report.model.ReportModel.CheckStatus;
import dev.offeranalyzer.report.model.ReportModel.ChecklistItem;
import dev.offeranalyzer.report.model.ReportModel.RoundItem;
import dev.offeranalyzer.report.model.ReportModel.YearRow;
import dev.offeranalyzer.rules.Analysis;
import dev.offeranalyzer.rules.Lever;
import dev.offeranalyzer.rules.LeverAsk;
import dev.offeranalyzer.rules.NegotiationRounds;
import dev.offeranalyzer.rules.Severity;
import dev.offeranalyzer.rules.TargetReason;
import dev.offeranalyzer.rules.Thresholds;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ReportModelBuilderTest {

  private static ReportModel build(Analysis a) {
    return ReportModelBuilder.build(a, settings(), REPORT_DATE);
  }

  @Test
  void golden_janeDoe_headlineAndTitle() {
    ReportModel m = build(janeAnalysis());

    assertThat(m.documentTitle()).isEqualTo("Offer report – Jane Doe – Amazon L6");
    assertThat(m.reportDate()).isEqualTo("Jan 20, 2026");
    assertThat(m.pageSize()).isEqualTo(ReportModel.PageSize.LETTER);
    assertThat(m.header().subtitle())
        .isEqualTo("Amazon · Senior Software Development Engineer · L6 · Seattle");
    assertThat(m.headline())
        .isEqualTo(
            new ReportModel.Headline(
                "$1,458,048",
                "$364,512",
                "$175.25 an hour",
                "73.5 of 100",
                "Above the middle of the band: aim for the 75th percentile.",
                0,
                "No red flags"));
    assertThat(m.branding().preparedBy()).isEqualTo("Prepared by Ana Coach");
  }

  @Test
  void golden_janeDoe_fourYearsByComponent() {
    ReportModel m = build(janeAnalysis());

    assertThat(m.years().rows())
        .extracting(
            YearRow::label,
            YearRow::base,
            YearRow::signOn,
            YearRow::rsu,
            YearRow::bonus,
            YearRow::total,
            YearRow::change)
        .containsExactly(
            tuple("Year 1", "$195,000", "$85,000", "$22,680", "$0", "$302,680", "—"),
            tuple(
                "Year 2", "$195,000", "$65,000", "$73,483", "$0", "$333,483", "+$30,803 (+10.2%)"),
            tuple("Year 3", "$195,000", "$0", "$207,637", "$0", "$402,637", "+$69,154 (+20.7%)"),
            tuple("Year 4", "$195,000", "$0", "$224,248", "$0", "$419,248", "+$16,611 (+4.1%)"));
    assertThat(m.years().fourYears())
        .extracting(YearRow::base, YearRow::signOn, YearRow::rsu, YearRow::total)
        .containsExactly("$780,000", "$150,000", "$528,048", "$1,458,048");
  }

  static Stream<Analysis> variety() {
    return Stream.of(
        janeAnalysis(),
        analysis(minimal().build(), null, List.of()),
        analysis(
            jane()
                .annualBonusPct(Percent.of("12.5"))
                .stockGrowth(Percent.of("-7.3"))
                .signOnYear1(Money.of("33333.33"))
                .build(),
            SEATTLE_L6,
            List.of()),
        analysis(
            sharesOnly().vesting(dev.offeranalyzer.offer.VestingSchedule.EVEN).build(),
            null,
            List.of()));
  }

  @ParameterizedTest
  @MethodSource("variety")
  void printedRowsAndColumnsAlwaysAddUp(Analysis a) {
    ReportModel m = build(a);
    long[] columns = new long[4];
    long totals = 0;
    for (YearRow y : m.years().rows()) {
      assertThat(y.baseDollars() + y.signOnDollars() + y.rsuDollars() + y.bonusDollars())
          .isEqualTo(y.totalDollars());
      columns[0] += y.baseDollars();
      columns[1] += y.signOnDollars();
      columns[2] += y.rsuDollars();
      columns[3] += y.bonusDollars();
      totals += y.totalDollars();
    }
    YearRow four = m.years().fourYears();
    assertThat(
            new long[] {
              four.baseDollars(), four.signOnDollars(), four.rsuDollars(), four.bonusDollars()
            })
        .containsExactly(columns);
    assertThat(four.totalDollars())
        .isEqualTo(totals)
        .isEqualTo(a.compensation().fourYearTotal().roundedDollars());
    assertThat(m.headline().fourYearTotal()).isEqualTo(four.total());
    long vestSum =
        m.vest().rows().stream()
            .mapToLong(r -> Long.parseLong(r.value().replaceAll("[$,]", "")))
            .sum();
    assertThat(vestSum).isEqualTo(four.rsuDollars());
    assertThat(m.vest().totalValue()).isEqualTo(four.rsu());
  }

  /** Every percent in one column shows the same number of decimals. */
  @ParameterizedTest
  @MethodSource("variety")
  void percentColumns_haveOneNumberOfDecimalsEach(Analysis a) {
    ReportModel m = build(a);
    for (YearRow y : m.years().rows().subList(1, 4)) {
      assertThat(y.change()).matches("(\\$0|[+\u2212]\\$[\\d,]+ \\([+\u2212]\\d+\\.\\d%\\))");
    }
    assertThat(
            m.scenarios().rows().stream()
                .map(r -> decimalsOf(r.growth().replaceAll("%.*", "")))
                .distinct())
        .hasSize(1);
    List<String> vestPercents = new java.util.ArrayList<>();
    m.vest().rows().forEach(r -> vestPercents.add(r.percentOfGrant()));
    vestPercents.add(m.vest().totalPercent());
    assertThat(vestPercents.stream().map(s -> decimalsOf(s.replace("%", ""))).distinct())
        .hasSize(1);
  }

  private static int decimalsOf(String number) {
    int dot = number.indexOf('.');
    return dot < 0 ? 0 : number.length() - dot - 1;
  }

  @Test
  void yearOverYearChange_wholePercentKeepsItsDecimal_noChangeHasNoPercent() {
    // Year 2 drops the $25,000 sign-on of year 1: exactly 20% less.
    Offer signOnOnly =
        minimal()
            .rsuValue(Money.ZERO)
            .baseSalary(Money.of(100_000))
            .signOnYear1(Money.of(25_000))
            .build();
    ReportModel m = build(analysis(signOnOnly, null, List.of()));
    assertThat(m.years().rows().get(1).change()).isEqualTo("\u2212$25,000 (\u221220.0%)");
    Offer flat = minimal().rsuValue(Money.ZERO).baseSalary(Money.of(100_000)).build();
    assertThat(build(analysis(flat, null, List.of())).years().rows().get(1).change())
        .isEqualTo("$0");
  }

  @Test
  void scenarioColumn_offersOwnHalfPercent_givesEveryRowOneDecimal() {
    ReportModel m = build(analysis(jane().stockGrowth(Percent.of("7.5")).build(), null, List.of()));
    assertThat(m.scenarios().rows())
        .extracting(ReportModel.ScenarioRow::growth)
        .containsExactly(
            "\u221210.0% a year",
            "0.0% a year", "+15.0% a year", "+7.5% a year (offer's assumption)");
  }

  @Test
  void titleCarriesNoFigures() {
    ReportModel m = build(janeAnalysis());
    assertThat(m.documentTitle()).doesNotContain("$").doesNotContain("195").doesNotContain("364");
  }

  @Test
  void marketRows_showBandMarksAndPosition() {
    ReportModel m = build(janeAnalysis());
    assertThat(m.market().available()).isTrue();
    assertThat(m.market().rows())
        .extracting(
            ReportModel.MarketRow::label,
            ReportModel.MarketRow::low,
            ReportModel.MarketRow::p50,
            ReportModel.MarketRow::p75,
            ReportModel.MarketRow::high,
            ReportModel.MarketRow::offered,
            ReportModel.MarketRow::position)
        .containsExactly(
            tuple(
                "Base salary", "$180,000", "$200,000", "$210,000", "$220,000", "$195,000", "37.5"),
            tuple(
                "RSU grant (4 years)",
                "$300,000",
                "$400,000",
                "$450,000",
                "$500,000",
                "$420,000",
                "60.0"),
            tuple(
                "Sign-on (both years)",
                "$100,000",
                "$150,000",
                "$175,000",
                "$200,000",
                "$150,000",
                "50.0"),
            tuple(
                "4-year average",
                "$280,000",
                "$337,500",
                "$366,250",
                "$395,000",
                "$364,512",
                "73.5"));
    assertThat(m.market().message()).contains("Base cap for this level: $220,000.");
  }

  @Test
  void offerBelowTheBand_saysSoInTheHeadline() {
    Offer low = jane().baseSalary(Money.of(150_000)).rsuValue(Money.of(100_000)).build();
    ReportModel m = build(analysis(low, SEATTLE_L6, List.of()));
    assertThat(m.headline().marketPosition()).isEqualTo("Below the band");
    assertThat(m.headline().verdict())
        .isEqualTo("Below the market band: a strong case for a higher offer.");
    assertThat(m.market().rows().get(0).position()).isEqualTo("0.0 (below)");
  }

  @Test
  void noMarketData_isSaidPlainly() {
    ReportModel m = build(analysis(minimal().build(), null, List.of()));
    assertThat(m.market().available()).isFalse();
    assertThat(m.market().rows()).isEmpty();
    assertThat(m.market().message())
        .startsWith("No market data for Amazon (a comparison needs the level and the location).");
    assertThat(m.headline().marketPosition()).isEqualTo("No market data");
    assertThat(m.plan().basis()).startsWith("No market band: targets are fixed raises");
  }

  @Test
  void missingOptionalFields_readNotGiven() {
    ReportModel m = build(analysis(minimal().build(), null, List.of()));
    assertThat(m.header().facts())
        .filteredOn(f -> List.of("Role", "Level", "Location", "Start date").contains(f.label()))
        .extracting(ReportModel.Fact::value)
        .containsOnly("not given");
    assertThat(m.vest().rows().get(0).when()).isEqualTo("Month 12");
    assertThat(m.branding().coachName()).isEqualTo("Ana Coach");
  }

  @Test
  void defaultBranding_whenNoCoachIsSet() {
    ReportModel m = ReportModelBuilder.build(janeAnalysis(), Settings.defaults(), REPORT_DATE);
    assertThat(m.branding().preparedBy()).isEqualTo("Offer analysis report");
    assertThat(m.branding().contact()).isNull();
    assertThat(m.branding().logo()).isNull();
  }

  @Test
  void redFlagsComeFirst_withTheirFiguresInTypographicMinus() {
    Offer cliff =
        jane()
            .signOnYear1(Money.of(200_000))
            .signOnYear2(Money.of(0))
            .walkAway(Money.of(400_000))
            .build();
    ReportModel m = build(analysis(cliff, SEATTLE_L6, List.of()));
    assertThat(m.findings())
        .extracting(ReportModel.FindingItem::severity)
        .startsWith(Severity.RED_FLAG, Severity.RED_FLAG);
    assertThat(m.headline().redFlags()).isEqualTo("2 red flags");
    assertThat(m.findings().get(0).figures()).contains("(\u2212$");
  }

  @Test
  void sharesOnlyGrant_vestsInShares() {
    ReportModel m = build(analysis(sharesOnly().build(), null, List.of()));
    assertThat(m.vest().withShares()).isTrue();
    assertThat(m.vest().totalShares()).isEqualTo("1,200");
    assertThat(m.vest().rows())
        .extracting(ReportModel.VestRow::percentOfGrant, ReportModel.VestRow::shares)
        .containsExactly(
            tuple("5%", "60"),
            tuple("15%", "180"),
            tuple("20%", "240"),
            tuple("20%", "240"),
            tuple("20%", "240"),
            tuple("20%", "240"));
    assertThat(m.vest().note()).contains("1,200 shares at $185.40");
    assertThat(checklistItem(m, "Talk about the grant in dollars, not shares").status())
        .isEqualTo(CheckStatus.OPEN);
  }

  @Test
  void checklist_isMarkedFromTheData() {
    ReportModel full = build(janeAnalysis());
    ReportModel bare = build(analysis(minimal().build(), null, List.of()));

    assertThat(checklistItem(full, "Know your walk-away number").status())
        .isEqualTo(CheckStatus.DONE);
    assertThat(checklistItem(bare, "Know your walk-away number").status())
        .isEqualTo(CheckStatus.OPEN);
    assertThat(checklistItem(full, "Quantify what you leave behind").because())
        .isEqualTo("$145,000 of unvested equity and bonus");
    assertThat(checklistItem(bare, "Quantify what you leave behind").status())
        .isEqualTo(CheckStatus.OPEN);
    assertThat(checklistItem(full, "Have a competing offer or a real alternative").status())
        .isEqualTo(CheckStatus.OPEN);
    assertThat(checklistItem(full, "Decision deadline at least 2 days away"))
        .isEqualTo(
            new ChecklistItem(
                CheckStatus.DONE,
                "Decision deadline at least 2 days away",
                "7 days between offer and deadline"));
    assertThat(checklistItem(full, "Get the final offer in writing").status())
        .isEqualTo(CheckStatus.OPEN);
    assertThat(checklistItem(bare, "Use the start date as leverage").status())
        .isEqualTo(CheckStatus.NOT_APPLICABLE);
    assertThat(full.checklist())
        .extracting(ReportModel.ChecklistGroup::title)
        .containsExactly("Before you negotiate", "While you negotiate", "After you negotiate");
    assertThat(full.checklist().get(2).items())
        .extracting(ChecklistItem::status)
        .doesNotContain(CheckStatus.DONE);
  }

  @Test
  void shortDeadline_staysOpen() {
    Offer rushed = jane().decisionDeadline(jane().build().offerDate().plusDays(1)).build();
    ReportModel m = build(analysis(rushed, SEATTLE_L6, List.of()));
    assertThat(checklistItem(m, "Decision deadline at least 2 days away"))
        .extracting(ChecklistItem::status, ChecklistItem::because)
        .containsExactly(CheckStatus.OPEN, "1 day between offer and deadline: ask for more time");
  }

  @Test
  void fiveOffers_sideBySide_highestAverageFirst() {
    List<Offer> others =
        List.of(
            jane()
                .offerId("b")
                .company("Google")
                .level("L5")
                .baseSalary(Money.of(230_000))
                .vesting(dev.offeranalyzer.offer.VestingSchedule.EVEN)
                .build(),
            jane().offerId("c").company("Meta").level("E5").baseSalary(Money.of(150_000)).build(),
            jane().offerId("d").location("NYC").build(),
            jane()
                .offerId("e")
                .company("Microsoft")
                .level("64")
                .rsuValue(Money.of(100_000))
                .build());
    ReportModel m = build(analysis(jane().build(), SEATTLE_L6, others));
    assertThat(m.competitors().rows()).hasSize(5);
    assertThat(m.competitors().rows())
        .extracting(ReportModel.CompetitorRow::offer)
        .first()
        .asString()
        .startsWith("Google L5");
    ReportModel.CompetitorRow self =
        m.competitors().rows().stream()
            .filter(ReportModel.CompetitorRow::thisOffer)
            .findFirst()
            .orElseThrow();
    assertThat(self.vsThis()).isEqualTo("—");
    assertThat(self.offer()).endsWith("(this offer)");
    // Google: base +$35,000 a year, but its even vesting gives the grant less time to grow.
    assertThat(m.competitors().rows().get(0).vsThis()).isEqualTo("+$27,931");
    assertThat(checklistItem(m, "Have a competing offer or a real alternative").because())
        .isEqualTo("4 other offers in this batch");
  }

  @Test
  void oneOffer_saysThereIsNoOther() {
    ReportModel m = build(janeAnalysis());
    assertThat(m.competitors().rows()).isEmpty();
    assertThat(m.competitors().message()).isEqualTo("No other offers for Jane Doe in this batch.");
  }

  @Test
  void plan_showsLeversTotalsAndApproval() {
    ReportModel m = build(janeAnalysis());
    assertThat(m.plan().levers())
        .extracting(
            ReportModel.LeverRow::lever,
            ReportModel.LeverRow::offered,
            ReportModel.LeverRow::target,
            ReportModel.LeverRow::ask)
        .containsExactly(
            tuple("Base salary", "$195,000", "$210,000", "+$15,000"),
            tuple("RSU grant", "$420,000", "$450,000", "+$30,000"),
            tuple("Sign-on bonus", "$150,000", "$175,000", "+$25,000"));
    assertThat(m.plan().offeredTotal()).isEqualTo("$1,458,048");
    assertThat(m.plan().proposedTotal()).isEqualTo("$1,580,766");
    assertThat(m.plan().increase()).isEqualTo("+$122,718");
    assertThat(m.plan().askPercent()).isEqualTo("8.42%");
    assertThat(m.plan().approval()).isEqualTo("Recruiter");
    assertThat(m.plan().rounds())
        .extracting(ReportModel.RoundItem::title)
        .containsExactly("Round 1", "Round 2", "Final round");
  }

  private static LeverAsk lever(Lever lever, long offered, long target) {
    return new LeverAsk(
        lever,
        Money.of(offered),
        Money.of(target),
        Money.of(target - offered),
        new TargetReason.FallbackRaise(BigDecimal.ONE));
  }

  @Test
  void rounds_twoLevers_finalRoundRepeatsTheTopAskOnce_andKeepsTheAcronym() {
    List<RoundItem> rounds =
        PlanSections.rounds(
            NegotiationRounds.of(
                List.of(
                    lever(Lever.BASE, 285_000, 325_000),
                    lever(Lever.GRANT, 700_000, 1_325_000),
                    lever(Lever.SIGN_ON, 600_000, 600_000))),
            Thresholds.defaults());
    assertThat(rounds)
        .extracting(RoundItem::title, RoundItem::asks)
        .containsExactly(
            tuple("Round 1", "RSU grant to $1,325,000; Base salary to $325,000"),
            tuple(
                "Final round",
                "Final ask: RSU grant to $1,325,000 (the round 1 target, on its own)"));
    assertThat(rounds.get(1).approach())
        .contains("\"If you can bring the RSU grant to $1,325,000, I am ready to sign.\"")
        .doesNotContain("rsu");
  }

  @Test
  void rounds_threeLevers_secondRoundIsNew_thirdIsTheFinalAsk() {
    List<RoundItem> rounds =
        PlanSections.rounds(
            NegotiationRounds.of(
                List.of(
                    lever(Lever.BASE, 185_000, 210_000),
                    lever(Lever.GRANT, 320_000, 450_000),
                    lever(Lever.SIGN_ON, 170_000, 175_000))),
            Thresholds.defaults());
    assertThat(rounds)
        .extracting(RoundItem::title, RoundItem::asks)
        .containsExactly(
            tuple("Round 1", "RSU grant to $450,000; Base salary to $210,000"),
            tuple("Round 2", "Sign-on bonus to $175,000"),
            tuple(
                "Final round",
                "Final ask: RSU grant to $450,000 (the round 1 target, on its own)"));
  }

  @Test
  void rounds_oneLever_isASingleRound_notAFinalAsk() {
    List<RoundItem> rounds =
        PlanSections.rounds(
            NegotiationRounds.of(List.of(lever(Lever.BASE, 185_000, 210_000))),
            Thresholds.defaults());
    assertThat(rounds)
        .extracting(RoundItem::title, RoundItem::asks)
        .containsExactly(tuple("Round 1", "Base salary to $210,000"));
  }

  @Test
  void leverNamesInSentences() {
    assertThat(PlanWording.inSentence(Lever.GRANT)).isEqualTo("RSU grant");
    assertThat(PlanWording.inSentence(Lever.BASE)).isEqualTo("base salary");
    assertThat(PlanWording.inSentence(Lever.SIGN_ON)).isEqualTo("sign-on bonus");
  }

  @Test
  void scenarios_coverTheFixedRatesAndTheOffersOwn() {
    ReportModel m = build(janeAnalysis());
    assertThat(m.scenarios().rows())
        .extracting(
            ReportModel.ScenarioRow::growth,
            ReportModel.ScenarioRow::fourYearTotal,
            ReportModel.ScenarioRow::vsOffer)
        .containsExactly(
            tuple("\u221210% a year", "$1,238,920", "\u2212$219,128"),
            tuple("0% a year", "$1,350,000", "\u2212$108,048"),
            tuple("+15% a year", "$1,568,269", "+$110,221"),
            tuple("+8% a year (offer's assumption)", "$1,458,048", "—"));
  }

  @Test
  void emails_areFilledWithTheOffersFigures() {
    ReportModel m = build(janeAnalysis());
    String counter = String.join("\n", m.emails().get(0).body());
    String accept = String.join("\n", m.emails().get(1).body());
    assertThat(m.emails().get(0).subject()).isEqualTo("Re: Amazon L6 offer – Jane Doe");
    assertThat(counter)
        .contains("Base salary: the offer has $195,000; I am asking for $210,000.")
        .contains("RSU grant: the offer has $420,000; I am asking for $450,000.")
        .contains("from $1,458,048 to $1,580,766")
        .endsWith("Jane Doe");
    assertThat(accept)
        .contains("• Base salary: $210,000 a year")
        .contains("• RSU grant: $450,000, vesting amazon")
        .contains("• Start date: Mar 2, 2026");
  }

  @Test
  void assumptions_nameBandsVestingGrowthAndHours() {
    ReportModel m = build(janeAnalysis());
    assertThat(m.assumptions())
        .contains(
            "Market bands: built-in 2024-2025 bands (Seattle L6).",
            "Vesting: amazon — 5% at month 12; 15% at month 24; 20% at months 30, 36, 42 and 48.",
            "Hourly rate: the 4-year average over 2,080 working hours a year (40 hours × 52"
                + " weeks).");
    assertThat(m.disclaimer()).contains("not tax, legal or financial advice");
  }

  @Test
  void sameInput_givesAnEqualModel() {
    assertThat(build(janeAnalysis())).isEqualTo(build(janeAnalysis()));
  }

  static Offer.Builder sharesOnly() {
    return minimal()
        .rsuValue(null)
        .rsuShares(new BigDecimal("1200"))
        .stockPrice(Money.of("185.40"));
  }

  private static ChecklistItem checklistItem(ReportModel m, String text) {
    return m.checklist().stream()
        .flatMap(g -> g.items().stream())
        .filter(i -> i.text().equals(text))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no checklist item " + text));
  }
}
