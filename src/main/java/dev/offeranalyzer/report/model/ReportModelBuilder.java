package dev.offeranalyzer.report.model;

import static dev.offeranalyzer.offer.Formats.dollars;
import static dev.offeranalyzer.offer.Formats.money;

import dev.offeranalyzer.config.Settings;
import dev.offeranalyzer.engine.Compensation;
import dev.offeranalyzer.market.MarketComparison;
import dev.offeranalyzer.market.Placement;
import dev.offeranalyzer.market.Position;
import dev.offeranalyzer.offer.Formats;
import dev.offeranalyzer.offer.Offer;
import dev.offeranalyzer.report.model.ReportModel.Branding;
import dev.offeranalyzer.report.model.ReportModel.Fact;
import dev.offeranalyzer.report.model.ReportModel.FindingItem;
import dev.offeranalyzer.report.model.ReportModel.Header;
import dev.offeranalyzer.report.model.ReportModel.Headline;
import dev.offeranalyzer.report.model.ReportModel.PageSize;
import dev.offeranalyzer.rules.Analysis;
import dev.offeranalyzer.rules.Finding;
import dev.offeranalyzer.rules.Thresholds;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Builds the {@link ReportModel} of one offer: every text worded, every figure rounded. Pure: the
 * same analysis, settings and date give an equal model.
 *
 * <p>Rounding: the engine's figures are exact cents; the report prints whole dollars. The 4-year
 * total is rounded half-up; the four years are then rounded so they add up to it, and each year's
 * components so they add up to the year (see {@link WholeDollars}); the vest calendar's lines add
 * up to the printed RSU of their year. Every printed row and column therefore adds up, and no
 * printed figure is more than $1 from its exact value. Single figures (bands, scenarios, plan
 * targets) are rounded half-up on their own; a printed difference is the difference of the printed
 * figures.
 */
public final class ReportModelBuilder {

  static final String DISCLAIMER =
      "This report is a decision aid built from the offer's figures and published market ranges."
          + " It is not tax, legal or financial advice. Taxes, refreshers, promotions and the share"
          + " price will change what is actually paid; check every figure against the written"
          + " offer before signing.";

  private ReportModelBuilder() {}

  /**
   * The model of one report.
   *
   * @param analysis the analysis of the offer; not null
   * @param settings coach branding and page size; not null
   * @param reportDate the date printed on the report; not null (pass {@code Settings.reportDate()}
   *     when set, else today)
   */
  public static ReportModel build(Analysis analysis, Settings settings, LocalDate reportDate) {
    Objects.requireNonNull(analysis, "analysis");
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(reportDate, "reportDate");
    Offer o = analysis.offer();
    Compensation c = analysis.compensation();
    Printed printed = Printed.of(c);
    return new ReportModel(
        documentTitle(o),
        "A4".equalsIgnoreCase(settings.pageSize()) ? PageSize.A4 : PageSize.LETTER,
        Formats.date(reportDate),
        reportDate.toString(),
        branding(settings),
        header(o),
        headline(analysis, printed),
        FigureSections.years(printed),
        ContextSections.market(analysis),
        findings(analysis),
        PlanSections.plan(analysis, printed),
        FigureSections.scenarios(c),
        FigureSections.vest(o, c, printed),
        ContextSections.competitors(analysis),
        TakeHomeSection.of(analysis),
        Checklists.build(analysis),
        EmailDrafts.build(analysis),
        ContextSections.assumptions(analysis),
        DISCLAIMER,
        RefreshersSection.build(analysis),
        LeavingEarlySection.build(analysis),
        TiersSection.build(analysis),
        null);
  }

  /** "Offer report – Jane Doe – Amazon L6": no figures, so the title is safe to show anywhere. */
  static String documentTitle(Offer o) {
    return "Offer report – "
        + o.candidate().strip()
        + " – "
        + o.company()
        + (o.level() == null ? "" : " " + o.level());
  }

  private static Branding branding(Settings s) {
    String preparedBy =
        s.coachName() == null ? "Offer analysis report" : "Prepared by " + s.coachName();
    List<String> contact = new ArrayList<>();
    if (s.coachContact() != null) {
      contact.add(s.coachContact());
    }
    if (s.coachEmail() != null) {
      contact.add(s.coachEmail());
    }
    return new Branding(
        s.coachName(),
        preparedBy,
        contact.isEmpty() ? null : String.join(" · ", contact),
        s.logo());
  }

  private static Header header(Offer o) {
    List<String> sub = new ArrayList<>();
    sub.add(o.company());
    for (String s : new String[] {o.role(), o.level(), o.location()}) {
      if (s != null && !s.isBlank()) {
        sub.add(s);
      }
    }
    List<Fact> facts = new ArrayList<>();
    facts.add(new Fact("Company", o.company()));
    facts.add(new Fact("Role", orNotGiven(o.role())));
    String level = orNotGiven(o.level());
    if (o.targetLevel() != null) {
      level += " (aiming for " + o.targetLevel() + ")";
    }
    facts.add(new Fact("Level", level));
    facts.add(new Fact("Location", orNotGiven(o.location())));
    facts.add(
        new Fact(
            "Work mode",
            o.workMode() == null
                ? Formats.NOT_GIVEN
                : o.workMode().name().charAt(0) + o.workMode().name().substring(1).toLowerCase()));
    facts.add(new Fact("Offer date", Formats.dateOrNotGiven(o.offerDate())));
    facts.add(new Fact("Start date", Formats.dateOrNotGiven(o.startDate())));
    facts.add(new Fact("Decision deadline", Formats.dateOrNotGiven(o.decisionDeadline())));
    facts.add(
        new Fact(
            "Walk-away (4-year average)",
            o.walkAway() == null ? Formats.NOT_GIVEN : money(o.walkAway())));
    facts.add(
        new Fact(
            "Left behind (equity + bonus)",
            o.unvestedEquity() == null && o.forfeitedBonus() == null
                ? Formats.NOT_GIVEN
                : money(o.walkAwayCost())));
    facts.add(new Fact("Offer ID", o.offerId()));
    return new Header(o.candidate().strip(), String.join(" · ", sub), facts);
  }

  static String orNotGiven(String s) {
    return s == null || s.isBlank() ? Formats.NOT_GIVEN : s;
  }

  private static Headline headline(Analysis a, Printed p) {
    MarketComparison m = a.market();
    String position;
    String verdict;
    if (m == null) {
      position = "No market data";
      verdict = "No band for this company, level and location: compare with other offers instead.";
    } else {
      position =
          switch (m.marketPosition().placement()) {
            case BELOW_BAND -> "Below the band";
            case ABOVE_BAND -> "Above the band";
            case IN_BAND -> Formats.position(m.marketPosition().percent()) + " of 100";
          };
      verdict = verdict(m.marketPosition(), a.thresholds());
    }
    int flags = (int) a.redFlagCount();
    String flagText =
        flags == 0 ? "No red flags" : flags + (flags == 1 ? " red flag" : " red flags");
    return new Headline(
        dollars(p.fourYearTotal),
        money(a.compensation().fourYearAverage()),
        Formats.moneyWithCents(a.compensation().hourlyRate()) + " an hour",
        position,
        verdict,
        flags,
        flagText);
  }

  static String positionText(Position pos) {
    return switch (pos.placement()) {
      case BELOW_BAND -> Formats.position(pos.percent()) + " (below)";
      case ABOVE_BAND -> Formats.position(pos.percent()) + " (above)";
      case IN_BAND -> Formats.position(pos.percent());
    };
  }

  private static final BigDecimal QUARTER = BigDecimal.valueOf(25);
  private static final BigDecimal THREE_QUARTERS = BigDecimal.valueOf(75);

  /**
   * One line on what the market position means for the negotiation: by quarter of the band, the
   * middle being {@link Thresholds#medianPosition()}; the percentile to aim for is {@link
   * Thresholds#targetPercentile()}.
   */
  static String verdict(Position pos, Thresholds t) {
    if (pos.placement() == Placement.BELOW_BAND) {
      return "Below the market band: a strong case for a higher offer.";
    }
    if (pos.placement() == Placement.ABOVE_BAND) {
      return "Above the market band: a rich offer; negotiate lightly.";
    }
    BigDecimal v = pos.percent();
    if (v.compareTo(QUARTER) < 0) {
      return "In the bottom quarter of the band: clear room to negotiate.";
    }
    if (v.compareTo(t.medianPosition()) < 0) {
      return "Below the middle of the band: room to ask for more.";
    }
    if (v.compareTo(THREE_QUARTERS) < 0) {
      return "Above the middle of the band: aim for the " + t.targetPercentile() + "th percentile.";
    }
    return "In the top quarter of the band: a strong offer; ask with care.";
  }

  private static List<FindingItem> findings(Analysis a) {
    return a.findings().stream()
        .sorted(Comparator.comparing(Finding::severity))
        .map(
            f ->
                new FindingItem(
                    f.severity(),
                    FindingWording.severity(f.severity()),
                    f.id(),
                    FindingWording.title(f),
                    FindingWording.figures(f),
                    FindingWording.advice(f)))
        .toList();
  }
}
