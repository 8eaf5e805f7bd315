package dev.offeranalyzer.engine;

import dev.offeranalyzer.offer.Money;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One line of the vest calendar.
 *
 * @param month employment month (12 = first anniversary)
 * @param date the vest date when the offer has a start date, else null
 * @param fraction the fraction of the grant (0.05 = 5%)
 * @param shares shares vesting when the grant was given in shares, else null (unrounded)
 * @param value value at the assumed stock growth, in cents; the lines of a year add up to that
 *     year's RSU figure exactly
 */
public record VestLine(
    int month, LocalDate date, BigDecimal fraction, BigDecimal shares, Money value) {
  public int year() {
    return (month + 11) / 12;
  }
}
