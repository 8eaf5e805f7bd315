package dev.offeranalyzer.engine;

import dev.offeranalyzer.offer.Money;
import dev.offeranalyzer.offer.Percent;

/**
 * The 4-year total and average if the share price changed by {@code growth} every year.
 *
 * @param offersOwn true for the row that uses the offer's own stock_growth assumption
 */
public record StockScenario(
    Percent growth, Money fourYearTotal, Money fourYearAverage, boolean offersOwn) {}
