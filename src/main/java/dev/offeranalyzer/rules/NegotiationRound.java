package dev.offeranalyzer.rules;

import java.util.List;
import java.util.Objects;

/**
 * One round of the negotiation: which levers to ask for, and at which step.
 *
 * @param number 1, 2, …
 * @param step what the round is in the playbook's sequence
 * @param asks the levers asked for in this round, largest 4-year value first
 */
public record NegotiationRound(int number, Step step, List<LeverAsk> asks) {

  /**
   * The playbook's steps: "2-3 levers, then the highest-impact remaining one, then a final ask".
   */
  public enum Step {
    /** After taking time: the largest asks together. */
    OPENING,
    /** After their response: the largest lever still open. */
    FOLLOW_UP,
    /** Only if a real gap remains: one specific final ask on the largest lever. */
    FINAL
  }

  public NegotiationRound {
    Objects.requireNonNull(step, "step");
    asks = List.copyOf(asks);
  }
}
