package dev.offeranalyzer.intake;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A workbook number shown with a percent format: {@code 0.15} displayed as 15%. Always a fraction,
 * whatever its size (1 displayed as 100% is 100 percent).
 *
 * @param number the number the cell holds
 */
public record PercentCell(BigDecimal number) {
  public PercentCell {
    Objects.requireNonNull(number, "number");
  }
}
