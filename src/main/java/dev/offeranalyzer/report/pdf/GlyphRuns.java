package dev.offeranalyzer.report.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Splits a text into runs of the main font and the fallback font, and records the characters
 * neither font has. One per rendering (it remembers what was missing in that report).
 */
final class GlyphRuns {

  private final ReportFonts fonts;
  private final Set<String> missing = new LinkedHashSet<>();
  private final Map<Font, Font> fallbackFonts = new IdentityHashMap<>();

  GlyphRuns(ReportFonts fonts) {
    this.fonts = fonts;
  }

  /** Characters neither font could draw, as {@code "😀 (U+1F600)"}, in order of first use. */
  List<String> missing() {
    return List.copyOf(missing);
  }

  /**
   * The text as a phrase in {@code f}, each character Liberation Sans lacks set in the fallback
   * font at the same size and colour (emboldened when {@code f} is bold), each character neither
   * font has printed as '?' in {@code f} and recorded. A null text gives an empty phrase.
   */
  Phrase phrase(String s, Font f) {
    if (s == null) {
      return new Phrase("", f);
    }
    int i = 0;
    while (i < s.length()) {
      int cp = s.codePointAt(i);
      if (!fonts.mainHas(cp)) {
        break;
      }
      i += Character.charCount(cp);
    }
    if (i == s.length()) {
      return new Phrase(s, f);
    }
    Phrase phrase = new Phrase();
    phrase.setFont(f);
    StringBuilder run = new StringBuilder(s.substring(0, i));
    boolean inFallback = false;
    while (i < s.length()) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      boolean main = fonts.mainHas(cp);
      boolean fallback = !main && fonts.fallbackHas(cp);
      if (!main && !fallback) {
        missing.add(new String(Character.toChars(cp)) + " (U+" + String.format("%04X", cp) + ")");
        cp = '?';
      }
      if (fallback != inFallback && run.length() > 0) {
        phrase.add(new Chunk(run.toString(), inFallback ? fallbackFont(f) : f));
        run.setLength(0);
      }
      inFallback = fallback;
      run.appendCodePoint(cp);
    }
    if (run.length() > 0) {
      phrase.add(new Chunk(run.toString(), inFallback ? fallbackFont(f) : f));
    }
    return phrase;
  }

  private Font fallbackFont(Font f) {
    return fallbackFonts.computeIfAbsent(
        f,
        k ->
            new Font(
                fonts.fallback(),
                k.getSize(),
                k.getBaseFont() == fonts.bold() ? Font.BOLD : Font.NORMAL,
                k.getColor()));
  }
}
