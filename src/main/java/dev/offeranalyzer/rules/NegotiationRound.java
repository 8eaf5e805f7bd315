package dev.offeranalyzer.rules;

import java.util.List;

/** One round of the negotiation: which levers to ask for, and how. */
public record NegotiationRound(int number, List<LeverAsk> asks, String approach) {
  public NegotiationRound {
    asks = List.copyOf(asks);
  }
}
