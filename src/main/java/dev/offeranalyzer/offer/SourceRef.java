package dev.offeranalyzer.offer;

import java.util.Objects;

/**
 * Where an offer came from, for messages: file name, sheet (null for CSV) and the 1-based row
 * number as a spreadsheet shows it.
 */
public record SourceRef(String file, String sheet, int row) {
  public SourceRef {
    Objects.requireNonNull(file, "file");
  }

  /** E.g. {@code offers.xlsx [Sheet1] row 7} or {@code offers.csv row 7}. */
  public String describe() {
    return file + (sheet == null ? "" : " [" + sheet + "]") + " row " + row;
  }
}
