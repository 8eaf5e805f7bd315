package dev.offeranalyzer.report.model;

import dev.offeranalyzer.engine.LeavingEarly;
import dev.offeranalyzer.offer.Formats;
import dev.offeranalyzer.offer.Offer;
import dev.offeranalyzer.offer.SignOnTerms;
import dev.offeranalyzer.report.model.ReportModel.CheckStatus;
import dev.offeranalyzer.report.model.ReportModel.ChecklistItem;
import dev.offeranalyzer.rules.Analysis;
import java.util.ArrayList;
import java.util.List;

/**
 * "If you leave early" (SPEC section 13): for leaving after 3, 6, 9, 12, 18 and 24 months, the pay
 * received by then, what the sign-on terms make you repay, and what you keep.
 *
 * @param note the sign-on terms assumed and how payments are timed
 */
public record LeavingEarlySection(String note, List<Row> rows) {

  public LeavingEarlySection {
    rows = List.copyOf(rows);
  }

  /** One line: after how long, what was received (by part), repaid and kept. */
  public record Row(
      String after,
      String baseEarned,
      String signOnPaid,
      String rsusVested,
      String received,
      String repaid,
      String kept) {}

  static LeavingEarlySection build(Analysis a) {
    List<Row> rows = new ArrayList<>();
    for (LeavingEarly.Line l : LeavingEarly.table(a.offer(), a.compensation())) {
      rows.add(
          new Row(
              l.months() + " months",
              Formats.money(l.baseEarned()),
              Formats.money(l.signOnPaid()),
              Formats.money(l.rsusVested()),
              Formats.money(l.received()),
              l.repaid().isZero() ? "—" : Formats.money(l.repaid()),
              Formats.money(l.kept())));
    }
    return new LeavingEarlySection(
        "Sign-on terms: "
            + terms(a.offer().signOnTerms())
            + " Each year's sign-on is assumed paid at the start of its year (year 2's at month"
            + " 12, so leaving after exactly 12 months is before it); RSUs count once vested; the"
            + " cash bonus is left out. Pay is before tax.",
        rows);
  }

  /** How the terms read for a client. */
  static String terms(SignOnTerms t) {
    return switch (t) {
      case PRORATED ->
          "prorated (the default): each payment is earned 1/12 a month; leaving repays the"
              + " unearned part.";
      case FULL -> "full: leaving within 12 months of a payment repays all of it.";
      case NONE -> "none: nothing is repaid.";
    };
  }

  /** The checklist item about having the repayment terms in writing. */
  static ChecklistItem checklistItem(Analysis a) {
    Offer o = a.offer();
    String text = "Get the sign-on repayment terms in writing";
    if (o.signOnTotal().isZero()) {
      return new ChecklistItem(CheckStatus.NOT_APPLICABLE, text, "no sign-on bonus in the offer");
    }
    return new ChecklistItem(
        CheckStatus.OPEN,
        text,
        "this report assumes " + o.signOnTerms().inputName() + "; see \"If you leave early\"");
  }
}
