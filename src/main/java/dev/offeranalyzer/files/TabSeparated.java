package dev.offeranalyzer.files;

/**
 * The escaping of one value in the tool's tab-separated files (the delivery ledger, the results
 * journal): backslash, tab, line feed and carriage return become {@code \\}, {@code \t}, {@code \n}
 * and {@code \r}, so a value never breaks a line or a column.
 */
public final class TabSeparated {

  private TabSeparated() {}

  /** Appends {@code value} escaped to {@code sb}. */
  public static StringBuilder escape(String value, StringBuilder sb) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '\\' -> sb.append("\\\\");
        case '\t' -> sb.append("\\t");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        default -> sb.append(c);
      }
    }
    return sb;
  }

  /**
   * The character an escape letter stands for: {@code t} gives a tab; others stand for themselves.
   */
  public static char unescaped(char letter) {
    return switch (letter) {
      case 't' -> '\t';
      case 'n' -> '\n';
      case 'r' -> '\r';
      default -> letter;
    };
  }
}
