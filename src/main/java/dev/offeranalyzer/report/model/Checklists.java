package dev.offeranalyzer.report.model;

import static dev.offeranalyzer.offer.Formats.money;

import dev.offeranalyzer.offer.Formats;
import dev.offeranalyzer.offer.Offer;
import dev.offeranalyzer.report.model.ReportModel.CheckStatus;
import dev.offeranalyzer.report.model.ReportModel.ChecklistGroup;
import dev.offeranalyzer.report.model.ReportModel.ChecklistItem;
import dev.offeranalyzer.rules.Analysis;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The pre-, during- and post-negotiation checklist (playbook "Your Personal Negotiation
 * Checklist"), each item marked from the data: done when the input shows it is, not applicable when
 * the situation does not arise, open otherwise. Items only the candidate can do stay open.
 */
final class Checklists {

  private Checklists() {}

  static List<ChecklistGroup> build(Analysis analysis) {
    return List.of(pre(analysis), during(analysis), post(analysis));
  }

  private static ChecklistGroup pre(Analysis a) {
    Offer o = a.offer();
    ChecklistItem market =
        a.market() != null
            ? item(
                CheckStatus.DONE,
                "Research the market for this role and location",
                "the band is in this report")
            : item(
                CheckStatus.OPEN,
                "Research the market for this role and location",
                "no market band for this company, level and location");
    ChecklistItem walkAway =
        o.walkAway() != null
            ? item(
                CheckStatus.DONE,
                "Know your walk-away number",
                money(o.walkAway()) + " a year on average")
            : item(
                CheckStatus.OPEN,
                "Know your walk-away number",
                "set the lowest 4-year average you would accept");
    boolean leaves = o.unvestedEquity() != null || o.forfeitedBonus() != null;
    ChecklistItem leaveBehind =
        leaves
            ? item(
                CheckStatus.DONE,
                "Quantify what you leave behind",
                money(o.walkAwayCost()) + " of unvested equity and bonus")
            : item(
                CheckStatus.OPEN,
                "Quantify what you leave behind",
                "add unvested equity and any bonus you forfeit");
    ChecklistItem competing =
        a.competing().isEmpty()
            ? item(
                CheckStatus.OPEN,
                "Have a competing offer or a real alternative",
                "no other offer in this batch")
            : item(
                CheckStatus.DONE,
                "Have a competing offer or a real alternative",
                a.competing().size()
                    + (a.competing().size() == 1 ? " other offer" : " other offers")
                    + " in this batch");
    ChecklistItem level =
        o.targetLevel() != null
            ? item(
                CheckStatus.DONE,
                "Decide the level you are aiming for",
                "target " + o.targetLevel())
            : item(
                CheckStatus.OPEN, "Decide the level you are aiming for", "no target level given");
    ChecklistItem fourYears =
        item(
            CheckStatus.DONE,
            "Look at all four years, not only year 1",
            "the four years are in this report");
    return new ChecklistGroup(
        "Before you negotiate",
        List.of(market, walkAway, leaveBehind, competing, level, fourYears));
  }

  private static ChecklistGroup during(Analysis a) {
    Offer o = a.offer();
    int minDays = a.thresholds().shortDeadlineDays();
    String deadlineItem =
        "Decision deadline at least " + minDays + (minDays == 1 ? " day" : " days") + " away";
    ChecklistItem deadline;
    if (o.decisionDeadline() == null) {
      deadline =
          item(CheckStatus.OPEN, deadlineItem, "ask the recruiter for the deadline in writing");
    } else if (o.offerDate() == null) {
      deadline =
          item(
              CheckStatus.OPEN,
              deadlineItem,
              "offer date not given; deadline " + Formats.date(o.decisionDeadline()));
    } else {
      long days = ChronoUnit.DAYS.between(o.offerDate(), o.decisionDeadline());
      String why = days + (days == 1 ? " day" : " days") + " between offer and deadline";
      deadline =
          days >= minDays
              ? item(CheckStatus.DONE, deadlineItem, why)
              : item(CheckStatus.OPEN, deadlineItem, why + ": ask for more time");
    }
    ChecklistItem take48 =
        item(
            CheckStatus.OPEN,
            "Take at least " + minDays * 24 + " hours before you answer",
            "your call");
    ChecklistItem levers =
        item(
            CheckStatus.OPEN,
            "Ask on two or three components at once",
            "the plan's first round lists them");
    ChecklistItem data =
        a.market() != null
            ? item(CheckStatus.DONE, "Back every ask with data", "market figures in this report")
            : item(CheckStatus.OPEN, "Back every ask with data", "no market band to cite");
    ChecklistItem dollars =
        o.grantInSharesOnly()
            ? item(
                CheckStatus.OPEN,
                "Talk about the grant in dollars, not shares",
                "the offer states shares: " + money(o.grantValue()) + " at today's price")
            : item(
                CheckStatus.NOT_APPLICABLE,
                "Talk about the grant in dollars, not shares",
                "the offer already states dollars");
    ChecklistItem start =
        o.startDate() == null
            ? item(
                CheckStatus.NOT_APPLICABLE, "Use the start date as leverage", "no start date given")
            : item(
                CheckStatus.OPEN,
                "Use the start date as leverage",
                "start " + Formats.date(o.startDate()));
    ChecklistItem writing =
        item(CheckStatus.OPEN, "Get the final offer in writing", "before you accept");
    return new ChecklistGroup(
        "While you negotiate",
        List.of(
            deadline,
            take48,
            levers,
            data,
            dollars,
            start,
            writing,
            LeavingEarlySection.checklistItem(a)));
  }

  private static ChecklistGroup post(Analysis a) {
    Offer o = a.offer();
    boolean cliff = a.compensation().year(3).total().isLessThan(a.compensation().year(1).total());
    ChecklistItem compare =
        o.walkAway() != null
            ? item(
                CheckStatus.OPEN,
                "Compare the final 4-year average with your walk-away",
                "walk-away " + money(o.walkAway()))
            : item(
                CheckStatus.OPEN,
                "Compare the final 4-year average with your walk-away",
                "set a walk-away number first");
    ChecklistItem yearThree =
        cliff
            ? item(
                CheckStatus.OPEN,
                "Plan for the lower pay in year 3",
                "year 3 pays less than year 1")
            : item(
                CheckStatus.NOT_APPLICABLE,
                "Plan for the lower pay in year 3",
                "year 3 pays at least as much as year 1");
    ChecklistItem vest =
        item(
            CheckStatus.OPEN,
            "Note the vest dates and the tax withheld at each vest",
            "see the vest calendar");
    ChecklistItem document =
        item(CheckStatus.OPEN, "Keep every agreed term in writing", "offer letter and emails");
    ChecklistItem accept =
        item(CheckStatus.OPEN, "Send a clear acceptance email", "a draft is in this report");
    return new ChecklistGroup(
        "After you negotiate", List.of(compare, yearThree, vest, document, accept));
  }

  private static ChecklistItem item(CheckStatus status, String text, String because) {
    return new ChecklistItem(status, text, because);
  }
}
