package dev.offeranalyzer.report.model;

import dev.offeranalyzer.rules.Severity;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Everything one offer's report shows, already worded and rounded: a renderer only lays it out.
 * Texts are final (money as {@code $1,234,567}, deltas as {@code +$12,000}); the numbers a chart
 * needs are whole dollars that match the printed texts. Lists are immutable and never null; a
 * nullable field says so.
 *
 * @param documentTitle the PDF title, never carrying a salary figure, e.g. "Offer report – Jane Doe
 *     – Amazon L6"
 * @param pageSize the paper size
 * @param reportDate the date printed in the footer, formatted
 * @param reportDateIso the report date as {@code yyyy-MM-dd}, for the document metadata
 */
public record ReportModel(
    String documentTitle,
    PageSize pageSize,
    String reportDate,
    String reportDateIso,
    Branding branding,
    Header header,
    Headline headline,
    YearsSection years,
    MarketSection market,
    List<FindingItem> findings,
    PlanSection plan,
    ScenarioSection scenarios,
    VestSection vest,
    CompetitorsSection competitors,
    TakeHomeSection takeHome,
    List<ChecklistGroup> checklist,
    List<EmailDraft> emails,
    List<String> assumptions,
    String disclaimer,
    RefreshersSection refreshers,
    LeavingEarlySection leavingEarly,
    TiersSection tiers,
    NegotiationSoFar negotiation) {

  public ReportModel {
    Objects.requireNonNull(documentTitle, "documentTitle");
    Objects.requireNonNull(pageSize, "pageSize");
    findings = List.copyOf(findings);
    checklist = List.copyOf(checklist);
    emails = List.copyOf(emails);
    assumptions = List.copyOf(assumptions);
  }

  /**
   * This report with the section "Negotiation so far" (null for none: the offer's first version).
   */
  public ReportModel withNegotiation(NegotiationSoFar n) {
    return new ReportModel(
        documentTitle,
        pageSize,
        reportDate,
        reportDateIso,
        branding,
        header,
        headline,
        years,
        market,
        findings,
        plan,
        scenarios,
        vest,
        competitors,
        takeHome,
        checklist,
        emails,
        assumptions,
        disclaimer,
        refreshers,
        leavingEarly,
        tiers,
        n);
  }

  /** Paper sizes the report supports. */
  public enum PageSize {
    LETTER,
    A4
  }

  /**
   * Who prepared the report.
   *
   * @param coachName the coach's name, or null when none is set
   * @param preparedBy "Prepared by Ana Coach" or the plain default
   * @param contact a contact line, or null
   * @param logo a PNG or JPEG file for the header, or null
   */
  public record Branding(String coachName, String preparedBy, String contact, Path logo) {}

  /** A label and its value, e.g. "Start date" / "Mar 2, 2026". */
  public record Fact(String label, String value) {}

  /**
   * Who and what.
   *
   * @param title the candidate's name
   * @param subtitle e.g. "Amazon · Senior SDE · L6 · Seattle"
   * @param facts role, level, location, dates and so on, "not given" where missing
   */
  public record Header(String title, String subtitle, List<Fact> facts) {
    public Header {
      facts = List.copyOf(facts);
    }
  }

  /**
   * The headline figures.
   *
   * @param marketPosition e.g. "62.5 of 100" or "No market data"
   * @param verdict one line saying what the position means
   * @param redFlags e.g. "2 red flags" or "No red flags"
   */
  public record Headline(
      String fourYearTotal,
      String fourYearAverage,
      String hourlyRate,
      String marketPosition,
      String verdict,
      int redFlagCount,
      String redFlags) {}

  /** One row of the four-year table; the {@code *Dollars} fields feed the chart. */
  public record YearRow(
      String label,
      String base,
      String signOn,
      String rsu,
      String bonus,
      String total,
      String change,
      long baseDollars,
      long signOnDollars,
      long rsuDollars,
      long bonusDollars,
      long totalDollars) {}

  /**
   * The four years by component: four rows, then the 4-year row; every printed row and column adds
   * up.
   */
  public record YearsSection(List<YearRow> rows, YearRow fourYears, String note) {
    public YearsSection {
      rows = List.copyOf(rows);
    }
  }

  /** One component against its market band; whole dollars for the range chart. */
  public record MarketRow(
      String label,
      String low,
      String p50,
      String p75,
      String high,
      String offered,
      String position,
      long lowDollars,
      long p50Dollars,
      long p75Dollars,
      long highDollars,
      long offeredDollars) {}

  /**
   * The market comparison.
   *
   * @param available false when there is no band; then {@code rows} is empty and {@code message}
   *     says so
   * @param message a line above the table: the band's source, or "No market data ..."
   */
  public record MarketSection(boolean available, String message, List<MarketRow> rows) {
    public MarketSection {
      rows = List.copyOf(rows);
    }
  }

  /** One finding, red flags first. */
  public record FindingItem(
      Severity severity,
      String severityLabel,
      String id,
      String title,
      String figures,
      String advice) {}

  /** One money lever: offered, target and the raise asked for. */
  public record LeverRow(
      String lever, String offered, String target, String ask, String fourYearValue, String why) {}

  /** A round of the negotiation, e.g. "Round 1" / "Base salary, RSU grant" / approach. */
  public record RoundItem(String title, String asks, String approach) {}

  /** A lever that is not money. */
  public record NonMoneyItem(String lever, String advice) {}

  /** The counter-offer plan. */
  public record PlanSection(
      List<LeverRow> levers,
      String offeredTotal,
      String proposedTotal,
      String increase,
      String askPercent,
      String approval,
      String basis,
      List<RoundItem> rounds,
      List<NonMoneyItem> nonMoney) {
    public PlanSection {
      levers = List.copyOf(levers);
      rounds = List.copyOf(rounds);
      nonMoney = List.copyOf(nonMoney);
    }
  }

  /** One stock scenario. */
  public record ScenarioRow(
      String growth, String fourYearTotal, String fourYearAverage, String vsOffer) {}

  /** The stock scenarios and what they assume. */
  public record ScenarioSection(String note, List<ScenarioRow> rows) {
    public ScenarioSection {
      rows = List.copyOf(rows);
    }
  }

  /**
   * One vest event.
   *
   * @param shares shares vesting, or null when the grant was given in dollars
   */
  public record VestRow(
      String when, String year, String percentOfGrant, String shares, String value) {}

  /**
   * The vest calendar.
   *
   * @param withShares true when the grant is in shares and the shares column is shown
   * @param totalPercent the whole grant's percent, {@code 100%} with the rows' decimals
   * @param totalShares the shares of the whole grant, or null
   */
  public record VestSection(
      String note,
      boolean withShares,
      List<VestRow> rows,
      String totalPercent,
      String totalShares,
      String totalValue) {
    public VestSection {
      rows = List.copyOf(rows);
    }
  }

  /** One offer in the side-by-side comparison; {@code thisOffer} marks the report's own. */
  public record CompetitorRow(
      String offer,
      String location,
      String year1,
      String fourYearTotal,
      String fourYearAverage,
      String vsThis,
      String fourYearTakeHome,
      boolean thisOffer) {}

  /**
   * The candidate's offers side by side, this one first.
   *
   * @param message shown instead of a table when there is only this offer
   */
  public record CompetitorsSection(String message, List<CompetitorRow> rows) {
    public CompetitorsSection {
      rows = List.copyOf(rows);
    }
  }

  /** The state of a checklist item. */
  public enum CheckStatus {
    DONE("Done"),
    OPEN("Open"),
    NOT_APPLICABLE("N/A");

    private final String label;

    CheckStatus(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** A checklist item and why it has its status. */
  public record ChecklistItem(CheckStatus status, String text, String because) {}

  /** Pre-, during- or post-negotiation items. */
  public record ChecklistGroup(String title, List<ChecklistItem> items) {
    public ChecklistGroup {
      items = List.copyOf(items);
    }
  }

  /**
   * A drafted email.
   *
   * @param title e.g. "Counter-offer email"
   * @param instruction a line for the coach, not part of the email
   * @param body lines of the body; an empty string separates paragraphs
   */
  public record EmailDraft(String title, String instruction, String subject, List<String> body) {
    public EmailDraft {
      body = List.copyOf(body);
    }
  }
}
