package dev.offeranalyzer.intake;

import java.util.Objects;

/**
 * A workbook cell that holds no usable value: an Excel error such as {@code #DIV/0!}, or a formula
 * that could not be calculated.
 *
 * @param shown what the cell shows, used as the problem's value
 * @param message the problem message, phrased to follow the value
 */
public record CellError(String shown, String message) {

  public CellError {
    Objects.requireNonNull(shown, "shown");
    Objects.requireNonNull(message, "message");
  }

  /** An error value such as {@code #DIV/0!} or {@code #N/A}. */
  public static CellError excel(String code) {
    return new CellError(code, "is an error value in the cell (fix the formula)");
  }

  /** A formula without a stored result that could not be calculated here either. */
  public static CellError notCalculated(String formula) {
    return new CellError(
        "=" + formula,
        "is a formula that could not be calculated (open the file in Excel and save it again)");
  }
}
