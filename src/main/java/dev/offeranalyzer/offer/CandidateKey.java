package dev.offeranalyzer.offer;

import java.util.Locale;

/**
 * The one key that groups a candidate's offers everywhere (the analyzer's competing offers, the
 * batch's groups, the state store, the Overview chart): the name trimmed, inner runs of white space
 * collapsed to one space, lower case. "Jane Doe", " jane doe" and "JANE DOE" are one candidate.
 */
public final class CandidateKey {

  private CandidateKey() {}

  /** The key of {@code candidate}; never null (a null name gives the empty key). */
  public static String of(String candidate) {
    if (candidate == null) {
      return "";
    }
    // As strip().replaceAll("\\s+", " "), without a regular expression: the summary sorts by this
    // key, so it is asked for hundreds of thousands of times in a large folder.
    String s = candidate.strip();
    StringBuilder sb = new StringBuilder(s.length());
    boolean inRun = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (isRegexSpace(c)) {
        if (!inRun) {
          sb.append(' ');
          inRun = true;
        }
      } else {
        sb.append(c);
        inRun = false;
      }
    }
    return sb.toString().toLowerCase(Locale.ROOT);
  }

  /** The characters of the regular expression class {@code \s}: space, tab, line breaks. */
  private static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }
}
