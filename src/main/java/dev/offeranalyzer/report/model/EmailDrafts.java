package dev.offeranalyzer.report.model;

import static dev.offeranalyzer.offer.Formats.money;

import dev.offeranalyzer.offer.Formats;
import dev.offeranalyzer.offer.Money;
import dev.offeranalyzer.offer.Offer;
import dev.offeranalyzer.report.model.ReportModel.EmailDraft;
import dev.offeranalyzer.rules.Analysis;
import dev.offeranalyzer.rules.CounterOfferPlan;
import dev.offeranalyzer.rules.LeverAsk;
import dev.offeranalyzer.rules.NegotiationRound;
import java.util.ArrayList;
import java.util.List;

/** Drafts the counter-offer and acceptance emails from the offer's figures and the plan. */
final class EmailDrafts {

  static final String RECRUITER = "[Recruiter's name]";

  private EmailDrafts() {}

  static List<EmailDraft> build(Analysis a) {
    return List.of(counterOffer(a), acceptance(a));
  }

  private static String roleWords(Offer o) {
    StringBuilder sb = new StringBuilder();
    if (o.role() != null) {
      sb.append(o.role());
    }
    if (o.level() != null) {
      sb.append(sb.length() == 0 ? "the " + o.level() + " role" : " (" + o.level() + ")");
    }
    return sb.length() == 0 ? "the role" : sb.toString();
  }

  private static String subjectTail(Offer o) {
    return o.company() + (o.level() == null ? "" : " " + o.level()) + " offer – " + o.candidate();
  }

  static EmailDraft counterOffer(Analysis a) {
    Offer o = a.offer();
    CounterOfferPlan plan = a.plan();
    List<LeverAsk> asks = firstRoundAsks(plan);
    List<String> body = new ArrayList<>();
    body.add("Dear " + RECRUITER + ",");
    body.add("");
    body.add(
        "Thank you for the offer to join "
            + o.company()
            + " as "
            + roleWords(o)
            + ". I enjoyed meeting the team, and I am keen to make this work.");
    body.add("");
    if (asks.isEmpty()) {
      body.add(
          "I have gone through the package over the full four years. Before I sign, I would like"
              + " to confirm the details below and talk about the start date and level.");
    } else {
      body.add(
          "I have gone through the package over the full four years, not only the first, and I"
              + " would like to ask for a few changes:");
      for (LeverAsk ask : asks) {
        body.add("• " + askLine(ask, o));
      }
    }
    body.add("");
    if (!plan.increase().isZero()) {
      body.add(
          "With these changes the four-year total would move from "
              + money(a.compensation().fourYearTotal())
              + " to "
              + money(plan.proposed().fourYearTotal())
              + ".");
      body.add("");
    }
    body.add(
        o.company()
            + " is where I want to be, and I am sure we can find a package that works for both"
            + " sides. Would you have time for a short call this week to go through it?");
    body.add("");
    body.add("Best regards,");
    body.add(o.candidate());
    return new EmailDraft(
        "Counter-offer email",
        "Send after you have slept on the offer; replace the bracketed parts.",
        "Re: " + subjectTail(o),
        body);
  }

  private static List<LeverAsk> firstRoundAsks(CounterOfferPlan plan) {
    if (!plan.rounds().isEmpty()) {
      NegotiationRound first = plan.rounds().get(0);
      return first.asks().stream().filter(l -> l.ask().isGreaterThan(Money.ZERO)).toList();
    }
    return plan.levers().stream().filter(l -> l.ask().isGreaterThan(Money.ZERO)).toList();
  }

  private static String askLine(LeverAsk ask, Offer o) {
    String line =
        PlanWording.name(ask.lever())
            + ": the offer has "
            + money(ask.offered())
            + "; I am asking for "
            + money(ask.target())
            + ".";
    return switch (ask.lever()) {
      case SIGN_ON ->
          o.walkAwayCost().isGreaterThan(Money.ZERO)
              ? line
                  + " Leaving my current employer costs me "
                  + money(o.walkAwayCost())
                  + " in unvested equity and bonus."
              : line;
      case BASE -> line + " That is in line with the market for this level and location.";
      case GRANT -> line + " I plan to stay for the long run, and the grant is where that shows.";
    };
  }

  static EmailDraft acceptance(Analysis a) {
    Offer o = a.plan().proposedOffer();
    List<String> body = new ArrayList<>();
    body.add("Dear " + RECRUITER + ",");
    body.add("");
    body.add(
        "Thank you for your help in putting this package together. I am happy to accept the offer"
            + " on the following terms:");
    body.add("• Base salary: " + money(o.baseSalary()) + " a year");
    if (!o.signOnTotal().isZero()) {
      body.add(
          "• Sign-on bonus: "
              + money(o.signOnYear1())
              + " in year 1 and "
              + money(o.signOnYear2())
              + " in year 2");
    }
    String grant = "• RSU grant: " + money(o.grantValue());
    if (o.grantInSharesOnly()) {
      grant += " (" + Formats.shares(o.rsuShares()) + " shares)";
    }
    body.add(grant + ", vesting " + o.vesting().name());
    if (!o.annualBonusPct().isZero()) {
      body.add("• Target bonus: " + Formats.percent(o.annualBonusPct()) + " of base");
    }
    if (o.relocation() != null) {
      body.add("• Relocation: " + money(o.relocation()));
    }
    body.add(
        "• Start date: "
            + (o.startDate() == null ? "[agreed start date]" : Formats.date(o.startDate())));
    body.add("");
    body.add(
        "Could you send me the updated offer letter to sign? I am looking forward to getting"
            + " started.");
    body.add("");
    body.add("Best regards,");
    body.add(o.candidate());
    return new EmailDraft(
        "Acceptance email",
        "Figures are the plan's targets: change them to what was finally agreed before sending.",
        "Accepting the " + subjectTail(o),
        body);
  }
}
