package dev.offeranalyzer.report.pdf;

import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.SecureRandom;

/**
 * The report's embedded fonts: Liberation Sans regular and bold (SIL Open Font License 1.1, shipped
 * by the {@code com.github.librepdf:openpdf-fonts-extra} artifact) for all text, and Droid Sans
 * Fallback (Apache License 2.0, from Debian's {@code fonts-droid-fallback}; licence beside the file
 * in {@code dev/offeranalyzer/report/fonts/}) for the characters Liberation Sans lacks, chiefly
 * CJK. The font files are read once; create one instance per run and share it. Glyphs are embedded
 * as subsets, so a report carries only the glyphs it uses.
 *
 * <p>Liberation Sans covers Latin, Greek and Cyrillic; Droid Sans Fallback adds Chinese, Japanese
 * kana, Korean Hangul and more. The fallback has no bold face: bold text it draws is emboldened by
 * stroking. Text neither font can draw (e.g. most emoji) is reported by the renderer (see {@link
 * ReportResult#missingGlyphs()}), never silently dropped.
 */
public final class ReportFonts {

  static final String REGULAR_RESOURCE = "/liberation/LiberationSans-Regular.ttf";
  static final String BOLD_RESOURCE = "/liberation/LiberationSans-Bold.ttf";
  static final String FALLBACK_RESOURCE =
      "/dev/offeranalyzer/report/fonts/DroidSansFallbackFull.ttf";

  private final BaseFont regular;
  private final BaseFont bold;
  private final BaseFont fallback;

  private ReportFonts(BaseFont regular, BaseFont bold, BaseFont fallback) {
    this.regular = regular;
    this.bold = bold;
    this.fallback = fallback;
  }

  /**
   * Reads the three font files from the class path.
   *
   * @throws UncheckedIOException when a font file is missing or unreadable (a broken build)
   */
  public static ReportFonts load() {
    return new ReportFonts(
        font("LiberationSans-Regular.ttf", REGULAR_RESOURCE),
        font("LiberationSans-Bold.ttf", BOLD_RESOURCE),
        font("DroidSansFallbackFull.ttf", FALLBACK_RESOURCE));
  }

  private static BaseFont font(String name, String resource) {
    try (InputStream in = ReportFonts.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IOException("font resource " + resource + " is not on the class path");
      }
      byte[] bytes = in.readAllBytes();
      return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, bytes, null);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load the report font " + resource, e);
    }
  }

  BaseFont regular() {
    return regular;
  }

  BaseFont bold() {
    return bold;
  }

  /** The font for characters that Liberation Sans lacks. */
  BaseFont fallback() {
    return fallback;
  }

  /** True when Liberation Sans can draw the code point (regular and bold cover the same set). */
  boolean mainHas(int codePoint) {
    if (codePoint == '\n' || codePoint == '\r' || codePoint == '\t') {
      return true;
    }
    return regular.charExists(codePoint) && bold.charExists(codePoint);
  }

  /** True when the fallback font can draw the code point. */
  boolean fallbackHas(int codePoint) {
    return fallback.charExists(codePoint);
  }

  /** True when the report can draw the code point, in the main font or in the fallback. */
  public boolean canDisplay(int codePoint) {
    return mainHas(codePoint) || fallbackHas(codePoint);
  }

  /**
   * Makes the subset-name prefixes that OpenPDF draws at random (e.g. {@code ABCDEF+}) follow
   * {@code seed}, so the same report gives the same bytes. Call before writing each document.
   */
  void seedSubsetNames(byte[] seed) {
    try {
      SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
      random.setSeed(seed);
      regular.setSecureRandom(random);
      bold.setSecureRandom(random);
      fallback.setSecureRandom(random);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA1PRNG is part of every JDK", e);
    }
  }
}
