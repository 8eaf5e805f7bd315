package dev.offeranalyzer.delivery;

/** Small text helpers for header values that came from an input. */
final class Texts {

  private Texts() {}

  /** {@code text} trimmed, with control characters (CR, LF, tab...) turned into single spaces. */
  static String oneLine(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      sb.append(Character.isISOControl(c) ? ' ' : c);
    }
    return sb.toString().replaceAll(" {2,}", " ").trim();
  }

  static boolean present(String text) {
    return !oneLine(text).isEmpty();
  }
}
