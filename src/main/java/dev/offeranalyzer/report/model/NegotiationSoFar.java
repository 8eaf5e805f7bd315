package dev.offeranalyzer.report.model;

import dev.offeranalyzer.offer.Formats;
import dev.offeranalyzer.offer.Money;
import dev.offeranalyzer.rules.Lever;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The report section "Negotiation so far" (SPEC section 15), shown from an offer's version 2 on:
 * every version with its date and 4-year total and the change from the one before and from version
 * 1, the levers that moved since the previous version, and how much of the previous version's
 * counter-offer plan each lever got. Texts are final; the PDF only lays them out.
 *
 * @param versions one row per version, version 1 first
 * @param moved one line per lever that moved from the previous version to the latest, e.g. {@code
 *     Base salary: $185,000 -> $195,000 (+$10,000)}
 * @param planOutcome one line per lever the previous version's plan asked for, e.g. {@code RSU
 *     grant: asked $1,325,000, got $1,150,000, 72% of the ask}
 * @param summary e.g. {@code Since version 1 (Nov 2, 2026) the offer gained +$140,000 over four
 *     years.}
 */
public record NegotiationSoFar(
    List<Row> versions, List<String> moved, List<String> planOutcome, String summary) {

  public static final String TITLE = "Negotiation so far";

  /** One version: its number, date, 4-year total, change from the previous and from version 1. */
  public record Row(
      String version, String seen, String fourYearTotal, String change, String sinceFirst) {}

  public NegotiationSoFar {
    versions = List.copyOf(versions);
    moved = List.copyOf(moved);
    planOutcome = List.copyOf(planOutcome);
  }

  /** The section for an offer's versions (version 1 first); empty before version 2. */
  public static Optional<NegotiationSoFar> of(List<OfferVersion> history) {
    if (history.size() < 2) {
      return Optional.empty();
    }
    OfferVersion first = history.get(0);
    List<Row> rows = new ArrayList<>();
    OfferVersion previous = null;
    for (OfferVersion v : history) {
      rows.add(
          new Row(
              Integer.toString(v.version()),
              Formats.date(v.seen()),
              Formats.money(v.fourYearTotal()),
              previous == null
                  ? "-"
                  : Formats.signedMoney(v.fourYearTotal().minus(previous.fourYearTotal())),
              previous == null
                  ? "-"
                  : Formats.signedMoney(v.fourYearTotal().minus(first.fourYearTotal()))));
      previous = v;
    }
    OfferVersion latest = history.get(history.size() - 1);
    OfferVersion before = history.get(history.size() - 2);
    List<String> moved = new ArrayList<>();
    movedMoney(moved, Lever.BASE, before.baseSalary(), latest.baseSalary());
    movedMoney(moved, Lever.SIGN_ON, before.signOnTotal(), latest.signOnTotal());
    movedMoney(moved, Lever.GRANT, before.grant(), latest.grant());
    if (before.annualBonusPct().compareTo(latest.annualBonusPct()) != 0) {
      moved.add(
          "Target bonus: "
              + Formats.percent(before.annualBonusPct())
              + " -> "
              + Formats.percent(latest.annualBonusPct()));
    }
    if (moved.isEmpty()) {
      moved.add("No money lever moved; other terms of the offer changed.");
    }
    List<String> outcome = new ArrayList<>();
    outcome(outcome, Lever.BASE, before.baseSalary(), before.targetBase(), latest.baseSalary());
    outcome(
        outcome, Lever.SIGN_ON, before.signOnTotal(), before.targetSignOn(), latest.signOnTotal());
    outcome(outcome, Lever.GRANT, before.grant(), before.targetGrant(), latest.grant());
    String summary =
        "Since version 1 ("
            + Formats.date(first.seen())
            + ") the offer's 4-year total moved "
            + Formats.signedMoney(latest.fourYearTotal().minus(first.fourYearTotal()))
            + ", from "
            + Formats.money(first.fourYearTotal())
            + " to "
            + Formats.money(latest.fourYearTotal())
            + ".";
    return Optional.of(new NegotiationSoFar(rows, moved, outcome, summary));
  }

  private static void movedMoney(List<String> out, Lever lever, Money was, Money now) {
    if (was.compareTo(now) != 0) {
      out.add(
          PlanWording.name(lever)
              + ": "
              + Formats.money(was)
              + " -> "
              + Formats.money(now)
              + " ("
              + Formats.signedMoney(now.minus(was))
              + ")");
    }
  }

  /**
   * {@code RSU grant: asked $1,325,000, got $1,150,000, 72% of the ask}: the share of the asked
   * raise (target minus what the previous version offered) that the new figures give, in whole
   * percent rounded half-up; a lever the plan did not raise is left out.
   */
  static void outcome(List<String> out, Lever lever, Money offered, Money target, Money got) {
    if (target == null || !target.isGreaterThan(offered)) {
      return;
    }
    BigDecimal ask = target.minus(offered).amount();
    BigDecimal gain = got.minus(offered).amount();
    BigDecimal share = gain.multiply(BigDecimal.valueOf(100)).divide(ask, 0, RoundingMode.HALF_UP);
    out.add(
        PlanWording.name(lever)
            + ": asked "
            + Formats.money(target)
            + ", got "
            + Formats.money(got)
            + ", "
            + share.toPlainString()
            + "% of the ask");
  }
}
