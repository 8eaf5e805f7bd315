package dev.offeranalyzer.intake;

/** Small text helpers shared by the parsers. Pure. */
final class Texts {

  private Texts() {}

  /**
   * Turns the non-breaking and figure spaces spreadsheets like to insert into plain spaces, drops a
   * stray byte-order mark and strips surrounding whitespace. Null stays null.
   */
  static String clean(String s) {
    if (s == null) {
      return null;
    }
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\u00A0', '\u2007', '\u202F' -> sb.append(' ');
        case '\uFEFF' -> {
          // a byte-order mark inside text is an artefact of concatenated files
        }
        default -> sb.append(c);
      }
    }
    return sb.toString().strip();
  }

  /**
   * Like {@link #clean} and also removes whitespace inside the text, except between two digits
   * ({@code "$ 200k"} becomes {@code "$200k"}, but {@code "2 00"} stays and fails to parse).
   */
  static String squeeze(String s) {
    String t = clean(s);
    StringBuilder sb = new StringBuilder(t.length());
    int i = 0;
    while (i < t.length()) {
      char c = t.charAt(i);
      if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
        sb.append(c);
        i++;
        continue;
      }
      int j = i;
      while (j < t.length()
          && (Character.isWhitespace(t.charAt(j)) || Character.isSpaceChar(t.charAt(j)))) {
        j++;
      }
      boolean betweenDigits =
          i > 0 && j < t.length() && Character.isDigit(t.charAt(i - 1)) && isDigit(t.charAt(j));
      if (betweenDigits) {
        sb.append(' ');
      }
      i = j;
    }
    return sb.toString();
  }

  /** Blank means "not given": null, empty, or only whitespace of any kind. */
  static boolean isBlank(String s) {
    return s == null || clean(s).isEmpty();
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
