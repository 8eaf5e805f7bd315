package dev.offeranalyzer.report.summary;

import dev.offeranalyzer.engine.Compensation;
import dev.offeranalyzer.engine.Refreshers;
import dev.offeranalyzer.offer.Money;
import dev.offeranalyzer.offer.Offer;
import dev.offeranalyzer.report.model.ApprovalWording;
import dev.offeranalyzer.rules.Analysis;
import dev.offeranalyzer.rules.CloseCalls;
import dev.offeranalyzer.tax.TaxEstimate;
import dev.offeranalyzer.tax.TaxYear;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One line of the {@code Ranking} sheet (SPEC section 8), flat so it can be stored between runs.
 *
 * @param marketPosition the offer's market position (0..100), or null without market data
 * @param askPercent the increase of the counter-offer plan as a percent number (12.5 for 12.5%)
 * @param reportFile the PDF's file name, relative to the summary
 * @param takeHome the four years of the take-home estimate (SPEC section 12), or empty when the
 *     offer has none
 * @param fourYearTotalWithRefreshers the 4-year total plus expected refresher vests (SPEC 13)
 * @param closeCall the ids of offers this one is a close call with, comma-separated, or blank
 * @param plans the full plan, then the largest ask within each lower tier (SPEC 14)
 */
public record SummaryRow(
    String offerId,
    String candidate,
    String company,
    String level,
    String location,
    List<Money> years,
    Money fourYearTotal,
    Money fourYearAverage,
    BigDecimal marketPosition,
    int redFlags,
    Money proposedTotal,
    BigDecimal askPercent,
    String approval,
    String reportFile,
    List<TaxYear> takeHome,
    Money fourYearTotalWithRefreshers,
    String closeCall,
    List<PlanRow> plans) {

  /** Highest 4-year average first; ties by candidate, then offer id. */
  public static final Comparator<SummaryRow> RANKING =
      Comparator.comparing(SummaryRow::fourYearAverage)
          .reversed()
          .thenComparing(SummaryRow::candidate, String.CASE_INSENSITIVE_ORDER)
          .thenComparing(SummaryRow::candidate)
          .thenComparing(SummaryRow::offerId);

  public SummaryRow {
    Objects.requireNonNull(offerId, "offerId");
    years = List.copyOf(years);
    takeHome = takeHome == null ? List.of() : List.copyOf(takeHome);
    if (years.size() != 4) {
      throw new IllegalArgumentException("four years expected, got " + years.size());
    }
    fourYearTotalWithRefreshers =
        fourYearTotalWithRefreshers == null ? fourYearTotal : fourYearTotalWithRefreshers;
    closeCall = closeCall == null ? "" : closeCall;
    plans = plans == null ? List.of() : List.copyOf(plans);
  }

  /**
   * This row without its per-year take-home and its plan tiers: what a batch keeps in memory of
   * each reported offer (the state store holds them whole), a tenth of the size.
   */
  public SummaryRow brief() {
    return withDetails(List.of(), List.of());
  }

  /** This row with {@code takeHome} years and {@code plans} tiers in place of its own. */
  public SummaryRow withDetails(List<TaxYear> takeHome, List<PlanRow> plans) {
    return new SummaryRow(
        offerId,
        candidate,
        company,
        level,
        location,
        years,
        fourYearTotal,
        fourYearAverage,
        marketPosition,
        redFlags,
        proposedTotal,
        askPercent,
        approval,
        reportFile,
        takeHome,
        fourYearTotalWithRefreshers,
        closeCall,
        plans);
  }

  /** Without the columns of sections 13 and 14 (a row stored by an earlier version). */
  public SummaryRow(
      String offerId,
      String candidate,
      String company,
      String level,
      String location,
      List<Money> years,
      Money fourYearTotal,
      Money fourYearAverage,
      BigDecimal marketPosition,
      int redFlags,
      Money proposedTotal,
      BigDecimal askPercent,
      String approval,
      String reportFile) {
    this(
        offerId,
        candidate,
        company,
        level,
        location,
        years,
        fourYearTotal,
        fourYearAverage,
        marketPosition,
        redFlags,
        proposedTotal,
        askPercent,
        approval,
        reportFile,
        null,
        null,
        null,
        null);
  }

  /** Without a take-home estimate (the columns of sections 13 and 14 only). */
  public SummaryRow(
      String offerId,
      String candidate,
      String company,
      String level,
      String location,
      List<Money> years,
      Money fourYearTotal,
      Money fourYearAverage,
      BigDecimal marketPosition,
      int redFlags,
      Money proposedTotal,
      BigDecimal askPercent,
      String approval,
      String reportFile,
      Money fourYearTotalWithRefreshers,
      String closeCall,
      List<PlanRow> plans) {
    this(
        offerId,
        candidate,
        company,
        level,
        location,
        years,
        fourYearTotal,
        fourYearAverage,
        marketPosition,
        redFlags,
        proposedTotal,
        askPercent,
        approval,
        reportFile,
        null,
        fourYearTotalWithRefreshers,
        closeCall,
        plans);
  }

  /** The four years' take-home, or null without an estimate. */
  public Money fourYearTakeHome() {
    return takeHome.isEmpty()
        ? null
        : takeHome.stream().map(TaxYear::takeHome).reduce(Money.ZERO, Money::plus);
  }

  /** The four years' due at filing (refunds negative), or null without an estimate. */
  public Money fourYearDueAtFiling() {
    return takeHome.isEmpty()
        ? null
        : takeHome.stream().map(TaxYear::dueAtFiling).reduce(Money.ZERO, Money::plus);
  }

  public static SummaryRow of(Analysis a, String reportFile) {
    Offer o = a.offer();
    Compensation c = a.compensation();
    return new SummaryRow(
        o.offerId(),
        o.candidate(),
        o.company(),
        o.level(),
        o.location(),
        c.years().stream().map(y -> y.total()).toList(),
        c.fourYearTotal(),
        c.fourYearAverage(),
        a.market() == null ? null : a.market().marketPosition().percent(),
        (int) a.redFlagCount(),
        a.plan().proposed().fourYearTotal(),
        a.plan().askPercent(),
        ApprovalWording.label(a.plan().approval()),
        reportFile,
        a.taxOpt().map(TaxEstimate::years).orElse(List.of()),
        c.fourYearTotal().plus(Refreshers.total(o)),
        CloseCalls.ids(c, a.competing()),
        a.tiers().stream().map(PlanRow::of).toList());
  }
}
