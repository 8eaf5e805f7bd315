package dev.offeranalyzer.report.model;

import dev.offeranalyzer.offer.FilingStatus;
import dev.offeranalyzer.offer.Money;
import dev.offeranalyzer.offer.Offer;
import dev.offeranalyzer.offer.Percent;
import dev.offeranalyzer.offer.SignOnTerms;
import dev.offeranalyzer.offer.VestEvent;
import dev.offeranalyzer.rules.Analysis;
import dev.offeranalyzer.rules.Lever;
import dev.offeranalyzer.rules.LeverAsk;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One version of an offer (SPEC section 15): the figures an offer id arrived with on one report
 * date, and the counter-offer plan the report of that version proposed, so the next version can say
 * how much of each ask the negotiation got.
 *
 * @param version 1 for the first figures seen, then 2, 3, ...
 * @param seen the report date of the run that first saw these figures
 * @param inputs the canonical text of every section 2 input except offer_id, email and where the
 *     row was (see {@link #inputsOf}); two versions differ exactly when these differ
 * @param signOnTotal sign-on of both years
 * @param grant the grant value G
 * @param fourYearTotal the 4-year total of these figures
 * @param targetBase the plan's base target, or null when the plan asked for no base raise
 * @param targetSignOn the plan's sign-on target (total), or null
 * @param targetGrant the plan's grant target, or null
 */
public record OfferVersion(
    String offerId,
    int version,
    LocalDate seen,
    String candidate,
    String inputs,
    Money baseSalary,
    Money signOnTotal,
    Money grant,
    Percent annualBonusPct,
    Money fourYearTotal,
    Money targetBase,
    Money targetSignOn,
    Money targetGrant) {

  public OfferVersion {
    Objects.requireNonNull(offerId, "offerId");
    Objects.requireNonNull(seen, "seen");
    Objects.requireNonNull(inputs, "inputs");
    if (version < 1) {
      throw new IllegalArgumentException("version < 1: " + version);
    }
  }

  /** The version {@code number} of the analysed offer, first seen on {@code seen}. */
  public static OfferVersion of(Analysis a, int number, LocalDate seen) {
    Offer o = a.offer();
    return new OfferVersion(
        o.offerId(),
        number,
        seen,
        o.candidate(),
        inputsOf(o),
        o.baseSalary(),
        o.signOnTotal(),
        o.grantValue(),
        o.annualBonusPct(),
        a.compensation().fourYearTotal(),
        target(a, Lever.BASE),
        target(a, Lever.SIGN_ON),
        target(a, Lever.GRANT));
  }

  private static Money target(Analysis a, Lever lever) {
    return a.plan().levers().stream()
        .filter(l -> l.lever() == lever)
        .map(LeverAsk::target)
        .findFirst()
        .orElse(null);
  }

  /**
   * Every section 2 input of {@code o} except offer_id, email and the source position, one {@code
   * name=value} line each, values in a fixed plain form (amounts as plain decimals, dates ISO).
   * Named explicitly so renaming a record field never changes what counts as "the same figures".
   */
  public static String inputsOf(Offer o) {
    List<String> lines = new ArrayList<>();
    add(lines, "candidate", o.candidate() == null ? null : o.candidate().strip());
    add(lines, "company", o.company());
    add(lines, "role", o.role());
    add(lines, "level", o.level());
    add(lines, "location", o.location());
    add(lines, "base_salary", o.baseSalary());
    add(lines, "sign_on_year1", o.signOnYear1());
    add(lines, "sign_on_year2", o.signOnYear2());
    add(lines, "rsu_value", o.rsuValue());
    add(lines, "rsu_shares", o.rsuShares() == null ? null : o.rsuShares().toPlainString());
    add(lines, "stock_price", o.stockPrice());
    StringBuilder vest = new StringBuilder();
    for (VestEvent e : o.vesting().events()) {
      vest.append(e.month()).append(':').append(e.fraction().stripTrailingZeros().toPlainString());
      vest.append(' ');
    }
    add(lines, "vesting", vest.toString().strip());
    add(lines, "stock_growth", o.stockGrowth().value().stripTrailingZeros().toPlainString());
    add(lines, "annual_bonus_pct", o.annualBonusPct().value().stripTrailingZeros().toPlainString());
    add(lines, "relocation", o.relocation());
    add(lines, "unvested_equity", o.unvestedEquity());
    add(lines, "forfeited_bonus", o.forfeitedBonus());
    add(lines, "walk_away", o.walkAway());
    add(lines, "target_level", o.targetLevel());
    add(lines, "offer_date", o.offerDate());
    add(lines, "start_date", o.startDate());
    add(lines, "decision_deadline", o.decisionDeadline());
    add(lines, "work_mode", o.workMode() == null ? null : o.workMode().name());
    // The inputs of sections 12 and 13, each only when it differs from its default: an offer
    // stored before they existed keeps its text, so upgrading records no new version.
    if (o.filingStatus() != FilingStatus.SINGLE) {
      add(lines, "filing_status", o.filingStatus().name());
    }
    if (o.state() != null) {
      add(lines, "state", o.state());
    }
    if (o.refresherPerYear() != null) {
      add(lines, "refresher_per_year", o.refresherPerYear());
    }
    if (o.signOnTerms() != SignOnTerms.PRORATED) {
      add(lines, "sign_on_terms", o.signOnTerms().name());
    }
    return String.join("\n", lines);
  }

  private static void add(List<String> lines, String name, Object value) {
    String text;
    if (value == null) {
      text = "";
    } else if (value instanceof Money m) {
      text = m.amount().toPlainString();
    } else {
      text = value.toString();
    }
    lines.add(name + "=" + text);
  }
}
