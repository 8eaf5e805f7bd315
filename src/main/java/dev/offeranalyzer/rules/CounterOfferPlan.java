package dev.offeranalyzer.rules;

import dev.offeranalyzer.engine.Compensation;
import dev.offeranalyzer.offer.Money;
import dev.offeranalyzer.offer.Offer;
import java.math.BigDecimal;
import java.util.List;

/**
 * The counter-offer plan of SPEC section 7.
 *
 * @param levers the money levers, largest 4-year value first
 * @param rounds the negotiation rounds built from {@code levers}
 * @param nonMoneyLevers levers the data speaks to, besides money
 * @param proposedOffer the offer with every target applied
 * @param proposed the engine's result for {@code proposedOffer}
 * @param increase proposed 4-year total minus offered 4-year total (never negative)
 * @param askPercent {@code increase} over the offered 4-year total as a percent number, rounded
 *     half-up to 2 decimals (12.5 for 12.5%)
 * @param approval who approves the ask, from the exact (unrounded) ratio
 * @param fromBand true when the targets come from a market band, false for the fallback raises
 */
public record CounterOfferPlan(
    List<LeverAsk> levers,
    List<NegotiationRound> rounds,
    List<NonMoneyLever> nonMoneyLevers,
    Offer proposedOffer,
    Compensation proposed,
    Money increase,
    BigDecimal askPercent,
    Approval approval,
    boolean fromBand) {
  public CounterOfferPlan {
    levers = List.copyOf(levers);
    rounds = List.copyOf(rounds);
    nonMoneyLevers = List.copyOf(nonMoneyLevers);
  }
}
