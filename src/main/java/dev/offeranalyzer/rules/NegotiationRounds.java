package dev.offeranalyzer.rules;

import dev.offeranalyzer.offer.Money;
import dev.offeranalyzer.rules.NegotiationRound.Step;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Groups the money levers into negotiation rounds (SPEC section 7). Pure. */
public final class NegotiationRounds {

  private NegotiationRounds() {}

  /**
   * Groups the levers with a nonzero ask into rounds, largest 4-year value first (the playbook's
   * "2-3 levers, then the highest-impact remaining one, then a single final ask"):
   *
   * <ol>
   *   <li>Round 1 ({@link Step#OPENING}): the three largest asks when there are four or more, else
   *       the two largest (the only one, when there is one).
   *   <li>Round 2 ({@link Step#FOLLOW_UP}): the largest ask not in round 1, if any.
   *   <li>Final round ({@link Step#FINAL}, numbered next): when round 1 held more than one ask, a
   *       single final ask on the largest lever, to be made only if a real gap remains.
   * </ol>
   *
   * <p>With the three money levers this gives: three asks: [A, B], [C], [A]; two: [A, B], [A]; one:
   * [A]; none: no rounds.
   */
  public static List<NegotiationRound> of(List<LeverAsk> levers) {
    List<LeverAsk> open =
        levers.stream()
            .filter(l -> l.ask().isGreaterThan(Money.ZERO))
            .sorted(Comparator.comparing(LeverAsk::fourYearValue).reversed())
            .toList();
    List<NegotiationRound> rounds = new ArrayList<>();
    if (open.isEmpty()) {
      return rounds;
    }
    int first = open.size() >= 4 ? 3 : Math.min(2, open.size());
    rounds.add(new NegotiationRound(1, Step.OPENING, open.subList(0, first)));
    if (open.size() > first) {
      rounds.add(new NegotiationRound(rounds.size() + 1, Step.FOLLOW_UP, List.of(open.get(first))));
    }
    if (first > 1) {
      rounds.add(new NegotiationRound(rounds.size() + 1, Step.FINAL, List.of(open.get(0))));
    }
    return rounds;
  }
}
