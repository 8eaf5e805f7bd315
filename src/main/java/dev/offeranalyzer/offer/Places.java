package dev.offeranalyzer.offer;

/**
 * The one wording of "where in which file, and what is wrong", shared by intake problems and the
 * batch's error rows: {@code offers.csv row 7, base_salary: "two hundred" is not an amount}, or
 * {@code broken.xlsx: the file is encrypted (password-protected); ...} for a whole file.
 */
public final class Places {

  /** A value longer than this is cut in a message (the Errors sheet keeps more). */
  public static final int VALUE_CHARS = 80;

  private Places() {}

  /**
   * @param sheet null for CSV files
   * @param row the 1-based row as a spreadsheet shows it, or null for a whole-file problem
   * @param column the column name, or null
   * @param value the offending raw value, or null
   */
  public static String describe(
      String file, String sheet, Integer row, String column, String value, String message) {
    StringBuilder sb = new StringBuilder(file);
    if (sheet != null) {
      sb.append(" [").append(sheet).append(']');
    }
    if (row != null) {
      sb.append(" row ").append(row);
    }
    if (column != null) {
      sb.append(row != null ? ", " : ", column ").append(column);
    }
    sb.append(": ");
    if (value != null) {
      String shown = value.length() > VALUE_CHARS ? value.substring(0, VALUE_CHARS) + "…" : value;
      sb.append('"').append(shown).append("\" ");
    }
    return sb.append(message).toString();
  }
}
