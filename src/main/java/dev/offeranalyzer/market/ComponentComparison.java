package dev.offeranalyzer.market;

import dev.offeranalyzer.offer.Money;

/**
 * One row of the market comparison: the band of a component and where the offer's value lies.
 *
 * @param label what is compared, e.g. "Base salary", "RSU grant (4 years)", "4-year average"
 */
public record ComponentComparison(String label, Band band, Money offered, Position position) {}
