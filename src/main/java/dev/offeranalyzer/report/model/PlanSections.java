package dev.offeranalyzer.report.model;

import static dev.offeranalyzer.offer.Formats.delta;
import static dev.offeranalyzer.offer.Formats.dollars;
import static dev.offeranalyzer.offer.Formats.money;

import dev.offeranalyzer.offer.Formats;
import dev.offeranalyzer.report.model.ReportModel.LeverRow;
import dev.offeranalyzer.report.model.ReportModel.NonMoneyItem;
import dev.offeranalyzer.report.model.ReportModel.PlanSection;
import dev.offeranalyzer.report.model.ReportModel.RoundItem;
import dev.offeranalyzer.rules.Analysis;
import dev.offeranalyzer.rules.CounterOfferPlan;
import dev.offeranalyzer.rules.LeverAsk;
import dev.offeranalyzer.rules.NegotiationRound;
import dev.offeranalyzer.rules.NonMoneyLever;
import dev.offeranalyzer.rules.Thresholds;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The plan section: the lever table, the summary tiles, the rounds and the levers beyond money. */
final class PlanSections {

  private PlanSections() {}

  static PlanSection plan(Analysis a, Printed p) {
    CounterOfferPlan plan = a.plan();
    List<LeverRow> levers = new ArrayList<>();
    for (LeverAsk l : plan.levers()) {
      long offered = l.offered().roundedDollars();
      long target = l.target().roundedDollars();
      levers.add(
          new LeverRow(
              PlanWording.name(l.lever()),
              dollars(offered),
              dollars(target),
              delta(target - offered),
              delta(l.fourYearValue().roundedDollars()),
              PlanWording.why(l, a.offer())));
    }
    long proposed = plan.proposed().fourYearTotal().roundedDollars();
    List<RoundItem> rounds = rounds(plan.rounds(), a.thresholds());
    List<NonMoneyItem> nonMoney = new ArrayList<>();
    for (NonMoneyLever l : plan.nonMoneyLevers()) {
      nonMoney.add(PlanWording.nonMoney(l, a.thresholds()));
    }
    return new PlanSection(
        levers,
        dollars(p.fourYearTotal),
        dollars(proposed),
        delta(proposed - p.fourYearTotal),
        Formats.percent(plan.askPercent(), 2),
        plan.approval().label(),
        PlanWording.basis(plan.fromBand(), a.thresholds()),
        rounds,
        nonMoney);
  }

  /**
   * The rounds as worded in the report. The planner's last round may repeat a lever already asked
   * for (the playbook's single final ask); it is titled "Final round" and its ask reads "Final ask:
   * RSU grant to $450,000 (the round 1 target, on its own)", so the same words do not simply appear
   * twice.
   */
  static List<RoundItem> rounds(List<NegotiationRound> plan, Thresholds t) {
    List<RoundItem> rounds = new ArrayList<>();
    for (int i = 0; i < plan.size(); i++) {
      NegotiationRound r = plan.get(i);
      String approach = PlanWording.approach(r, t);
      Integer earlier = r.asks().size() == 1 ? firstRoundWith(plan, i, r.asks().get(0)) : null;
      if (i == plan.size() - 1 && earlier != null) {
        LeverAsk l = r.asks().get(0);
        String asks =
            "Final ask: "
                + PlanWording.name(l.lever())
                + " to "
                + money(l.target())
                + " (the round "
                + earlier
                + " target, on its own)";
        rounds.add(new RoundItem("Final round", asks, approach));
        continue;
      }
      String asks =
          r.asks().isEmpty()
              ? "no money ask"
              : r.asks().stream()
                  .map(l -> PlanWording.name(l.lever()) + " to " + money(l.target()))
                  .collect(Collectors.joining("; "));
      rounds.add(new RoundItem("Round " + r.number(), asks, approach));
    }
    return rounds;
  }

  /** The number of the first round before index {@code before} asking for the same lever. */
  static Integer firstRoundWith(List<NegotiationRound> plan, int before, LeverAsk ask) {
    for (int j = 0; j < before; j++) {
      for (LeverAsk l : plan.get(j).asks()) {
        if (l.lever() == ask.lever()) {
          return plan.get(j).number();
        }
      }
    }
    return null;
  }
}
