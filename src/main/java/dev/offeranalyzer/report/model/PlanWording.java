package dev.offeranalyzer.report.model;

import static dev.offeranalyzer.offer.Formats.money;

import dev.offeranalyzer.offer.Formats;
import dev.offeranalyzer.offer.Offer;
import dev.offeranalyzer.report.model.ReportModel.NonMoneyItem;
import dev.offeranalyzer.rules.Lever;
import dev.offeranalyzer.rules.LeverAsk;
import dev.offeranalyzer.rules.NegotiationRound;
import dev.offeranalyzer.rules.NonMoneyLever;
import dev.offeranalyzer.rules.TargetReason;
import dev.offeranalyzer.rules.TargetReason.AlreadyMet;
import dev.offeranalyzer.rules.TargetReason.BandPercentile;
import dev.offeranalyzer.rules.TargetReason.CappedAtLevelCap;
import dev.offeranalyzer.rules.TargetReason.CoversLeftBehind;
import dev.offeranalyzer.rules.TargetReason.FallbackRaise;
import dev.offeranalyzer.rules.Thresholds;
import java.math.BigDecimal;

/**
 * The words of the counter-offer plan: lever names, why each target, how to make each round, the
 * levers besides money, the basis line. The planner (rules) gives data only; every threshold quoted
 * here comes from {@link Thresholds}. Pure.
 */
public final class PlanWording {

  private PlanWording() {}

  /** The lever's name as a table row or a sentence start: "Base salary", "RSU grant". */
  public static String name(Lever lever) {
    return switch (lever) {
      case BASE -> "Base salary";
      case GRANT -> "RSU grant";
      case SIGN_ON -> "Sign-on bonus";
    };
  }

  /** The lever's name inside a sentence: "base salary", "sign-on bonus", but "RSU grant". */
  public static String inSentence(Lever lever) {
    return switch (lever) {
      case BASE -> "base salary";
      case GRANT -> "RSU grant";
      case SIGN_ON -> "sign-on bonus";
    };
  }

  /** Why this target, e.g. "The 75th percentile of the Amazon L6 Seattle base band". */
  public static String why(LeverAsk ask, Offer offer) {
    String why = reason(ask.lever(), ask.reason());
    if (ask.lever() == Lever.GRANT && offer.grantInSharesOnly()) {
      why +=
          "; asked in dollars, not shares (the offer gave "
              + Formats.quantity(offer.rsuShares())
              + " shares at "
              + Formats.moneyWithCents(offer.stockPrice())
              + ")";
    }
    if (ask.lever() == Lever.SIGN_ON && ask.target().isGreaterThan(ask.offered())) {
      why += ask.offered().isZero() ? "; all in year 1" : "; split between the years as offered";
    }
    return why;
  }

  private static String reason(Lever lever, TargetReason reason) {
    if (reason instanceof BandPercentile b) {
      return "The " + b.percentile() + "th percentile of the " + band(lever, b);
    }
    if (reason instanceof FallbackRaise f) {
      return "No market band: " + raise(f.percent()) + " above the offer";
    }
    if (reason instanceof CappedAtLevelCap c) {
      return capped(lever, c);
    }
    if (reason instanceof CoversLeftBehind c) {
      return "Covers the " + money(c.leftBehind()) + " of unvested equity and bonus you forfeit";
    }
    return alreadyMet(lever, ((AlreadyMet) reason).target());
  }

  private static String capped(Lever lever, CappedAtLevelCap c) {
    String held = ", held at the " + level(c.level()) + "cap of " + money(c.cap());
    if (c.uncapped() instanceof BandPercentile b) {
      return "The "
          + b.percentile()
          + "th percentile of the "
          + band(lever, b)
          + " is "
          + money(b.value())
          + held;
    }
    return reason(lever, c.uncapped()) + held;
  }

  private static String alreadyMet(Lever lever, TargetReason target) {
    if (lever == Lever.SIGN_ON) {
      return "The offered sign-on already meets the target: no sign-on raise";
    }
    String none = "no " + (lever == Lever.BASE ? "base" : "grant") + " raise";
    if (target instanceof CappedAtLevelCap c) {
      String atCap =
          "at or above the " + level(c.level()) + "cap of " + money(c.cap()) + ": " + none;
      return c.uncapped() instanceof BandPercentile
          ? "Already " + atCap + "; push sign-on and RSUs instead"
          : "No market band; already " + atCap;
    }
    if (target instanceof BandPercentile b) {
      return "Already at or above the "
          + b.percentile()
          + "th percentile ("
          + money(b.value())
          + "): "
          + none;
    }
    return "No market band, and no " + (lever == Lever.BASE ? "base" : "grant") + " to raise";
  }

  private static String band(Lever lever, BandPercentile b) {
    String component =
        switch (lever) {
          case BASE -> "base";
          case GRANT -> "equity";
          case SIGN_ON -> "sign-on";
        };
    return b.market() + " " + component + " band";
  }

  private static String level(String level) {
    return level == null ? "" : level + " ";
  }

  private static String raise(BigDecimal percent) {
    return Formats.percent(percent, 2);
  }

  /** The line above the lever table: where the targets come from, with the thresholds used. */
  public static String basis(boolean fromBand, Thresholds t) {
    return fromBand
        ? "Targets come from the market band: the "
            + t.targetPercentile()
            + "th percentile, base capped at the level's cap, sign-on at least what is left"
            + " behind; no target is below the offer."
        : "No market band: targets are fixed raises (base +"
            + raise(t.fallbackBaseRaisePercent())
            + ", grant +"
            + raise(t.fallbackGrantRaisePercent())
            + ", sign-on +"
            + raise(t.fallbackSignOnRaisePercent())
            + " or what is left behind, if more); no target is below the offer.";
  }

  /** How to make a round. */
  public static String approach(NegotiationRound round, Thresholds t) {
    return switch (round.step()) {
      case OPENING ->
          "Take at least "
              + t.shortDeadlineDays() * 24
              + " hours, thank them for the offer, then ask for "
              + (round.asks().size() == 1 ? "this" : "these " + round.asks().size() + " together")
              + ", each backed by market data or what you forfeit.";
      case FOLLOW_UP ->
          "After they respond, thank them for any movement and make one more ask, on the"
              + " largest lever still open.";
      case FINAL -> {
        LeverAsk top = round.asks().get(0);
        yield "Only if a real gap remains: one specific final request with a commitment, e.g. \"If"
            + " you can bring the "
            + inSentence(top.lever())
            + " to "
            + money(top.target())
            + ", I am ready to sign.\"";
      }
    };
  }

  /** A lever besides money, named and worded. */
  public static NonMoneyItem nonMoney(NonMoneyLever lever, Thresholds t) {
    if (lever instanceof NonMoneyLever.StartDate s) {
      return new NonMoneyItem("Start date", startDate(s, t));
    }
    if (lever instanceof NonMoneyLever.Level l) {
      return new NonMoneyItem(
          "Level",
          "You target "
              + l.target()
              + " and are offered "
              + l.offered()
              + ". Ask for a level reassessment; otherwise a written 12-month path to "
              + l.target()
              + " with milestones, or a 6-month review with a retroactive adjustment.");
    }
    if (lever instanceof NonMoneyLever.WorkArrangement w) {
      return switch (w.mode()) {
        case ONSITE ->
            new NonMoneyItem(
                "Hybrid schedule",
                "The role is onsite. Ask whether a hybrid schedule (for example three office"
                    + " days a week) is possible, and have it written into the offer letter.");
        case HYBRID ->
            new NonMoneyItem(
                "Hybrid schedule",
                "The role is hybrid. Have the agreed office days written into the offer letter.");
        case REMOTE ->
            new NonMoneyItem(
                "Remote work",
                "The role is remote. Get remote status in writing, and check the offer does"
                    + " not quietly carry a 5-10% remote discount.");
      };
    }
    if (lever instanceof NonMoneyLever.Relocation r) {
      return new NonMoneyItem(
          "Relocation",
          r.offered().isZero()
              ? "No relocation money is offered. If you move, ask for a package (typically"
                  + " $10,000 to $50,000): moving costs, temporary housing, lease-break fees"
                  + " and a tax gross-up."
              : "Relocation of "
                  + money(r.offered())
                  + " is offered. Check it covers moving, temporary housing and lease-break"
                  + " fees, and ask for a tax gross-up.");
    }
    NonMoneyLever.Refreshers r = (NonMoneyLever.Refreshers) lever;
    return new NonMoneyItem(
        "Refreshers",
        (r.companyPaysNoBonus() ? "Amazon pays no cash bonus." : "No cash bonus is offered.")
            + " Ask instead for guaranteed RSU refreshers or a guaranteed first-year"
            + " bonus.");
  }

  private static final String[] NUMBERS = {
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"
  };

  /** Whole weeks in words when ten or fewer ("six weeks"), else in digits ("12 weeks"). */
  static String weeks(int days) {
    int w = days / 7;
    return (w <= 10 ? NUMBERS[w] : Integer.toString(w)) + (w == 1 ? " week" : " weeks");
  }

  private static String startDate(NonMoneyLever.StartDate s, Thresholds t) {
    return switch (s.tier()) {
      case WEAKEST, STANDARD ->
          "Your start is "
              + s.days()
              + " days after the offer. Consider proposing a later start ("
              + weeks(t.startStrongDays())
              + " or more) to finish current commitments; a later date strengthens your hand.";
      case SOME ->
          "Your start is "
              + s.days()
              + " days after the offer, which shows some flexibility. Offer to adjust it in"
              + " exchange for movement on the package.";
      case STRONG, MAXIMUM ->
          "Your start is "
              + s.days()
              + " days after the offer, a strong position. Tie the date to finishing"
              + " current work and use it to revisit the package.";
    };
  }
}
