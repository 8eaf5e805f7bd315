package dev.offeranalyzer.report.pdf;

import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.KeptSubsetFont;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.util.function.Supplier;

/**
 * The report's embedded fonts: Liberation Sans regular and bold (SIL Open Font License 1.1, shipped
 * by the {@code com.github.librepdf:openpdf-fonts-extra} artifact) for all text, and Droid Sans
 * Fallback (Apache License 2.0, from Debian's {@code fonts-droid-fallback}; licence beside the file
 * in {@code dev/offeranalyzer/report/fonts/}) for the characters Liberation Sans lacks, chiefly
 * CJK. Glyphs are embedded as subsets, so a report carries only the glyphs it uses.
 *
 * <p>Threads: an instance is for one thread at a time (OpenPDF's {@link BaseFont} keeps mutable
 * state, e.g. the random source of the subset names). Give each rendering thread its own instance;
 * the font files themselves are read from the jar once per process and shared, and the fallback
 * font is parsed only when a report first needs a character Liberation Sans lacks.
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

  /** The font files, read once per process (immutable once read; BaseFont never writes them). */
  private static final Lazy<byte[]> REGULAR_BYTES = new Lazy<>(() -> bytes(REGULAR_RESOURCE));

  private static final Lazy<byte[]> BOLD_BYTES = new Lazy<>(() -> bytes(BOLD_RESOURCE));
  private static final Lazy<byte[]> FALLBACK_BYTES = new Lazy<>(() -> bytes(FALLBACK_RESOURCE));

  /**
   * How many subsets of each font file are kept for the next documents: reports of one batch share
   * most of their glyphs (2,000 offers with varied names used 21 combinations of glyph sets of the
   * two main fonts), and one kept subset is about 20 KB.
   */
  static final int KEPT_SUBSETS = 64;

  /**
   * Characters every subset of the main fonts carries, used or not: the letters, the digits, space
   * and the punctuation reports print, and the typographic dashes, quotes, bullet and ellipsis.
   * Reports then differ in their glyph sets only by rarer characters (an accented letter, a name in
   * Greek or Cyrillic), so a batch of reports for people with different names still shares its kept
   * subsets; it costs about 2.4 KB per report (all of printable ASCII cost 6.7 KB, Latin-1 too 23
   * KB: docs/performance.md, fifth round).
   */
  static final int[] ALWAYS_EMBEDDED = {
    0x20, 0x20, // space
    0x24, 0x25, // '$', '%'
    0x27, 0x29, // apostrophe, parentheses
    0x2B, 0x3B, // '+', ',', '-', '.', '/', 0 to 9, ':', ';'
    0x3D, 0x3D, // '='
    0x3F, 0x3F, // '?'
    0x41, 0x5B, // A to Z, '['
    0x5D, 0x5D, // ']'
    0x5F, 0x5F, // '_'
    0x61, 0x7A, // a to z
    0xB7, 0xB7, // middle dot
    0xD7, 0xD7, // multiplication sign
    0x2013, 0x2014, // en and em dash
    0x2018, 0x2019, // single quotes
    0x201C, 0x201D, // double quotes
    0x2022, 0x2022, // bullet
    0x2026, 0x2026, // ellipsis
    0x2212, 0x2212 // minus sign
  };

  private static final KeptSubsetFont.Kept REGULAR_SUBSETS = new KeptSubsetFont.Kept(KEPT_SUBSETS);
  private static final KeptSubsetFont.Kept BOLD_SUBSETS = new KeptSubsetFont.Kept(KEPT_SUBSETS);
  private static final KeptSubsetFont.Kept FALLBACK_SUBSETS = new KeptSubsetFont.Kept(KEPT_SUBSETS);

  private static final byte UNKNOWN = 0;
  private static final byte YES = 1;
  private static final byte NO = 2;

  private final BaseFont regular;
  private final BaseFont bold;
  private BaseFont fallback;

  /** The random source of the current document's subset names, also given to a late fallback. */
  private SecureRandom subsetRandom;

  /**
   * Whether the main font (regular and bold) and the fallback font draw each BMP code point: a
   * lookup in the font's own map boxes the code point and hashes it, and the renderer asks for
   * every character of every text, twice per table cell.
   */
  private final byte[] mainCovers = new byte[Character.MAX_VALUE + 1];

  private final byte[] fallbackCovers = new byte[Character.MAX_VALUE + 1];

  /**
   * The advance widths of regular and bold per BMP character plus one (0: not looked up yet): the
   * renderer breaks every cell's text into lines with them ({@link TextLines}).
   */
  private final int[] regularWidths = new int[Character.MAX_VALUE + 1];

  private final int[] boldWidths = new int[Character.MAX_VALUE + 1];

  private ReportFonts(BaseFont regular, BaseFont bold) {
    this.regular = regular;
    this.bold = bold;
  }

  /**
   * Parses Liberation Sans regular and bold for a new instance (the fallback waits until needed).
   * Each call gives fonts of its own, so each thread can have one.
   *
   * @throws UncheckedIOException when a font file is missing or unreadable (a broken build)
   */
  public static ReportFonts load() {
    return new ReportFonts(
        font("LiberationSans-Regular.ttf", REGULAR_BYTES.get(), REGULAR_SUBSETS, ALWAYS_EMBEDDED),
        font("LiberationSans-Bold.ttf", BOLD_BYTES.get(), BOLD_SUBSETS, ALWAYS_EMBEDDED));
  }

  private static byte[] bytes(String resource) {
    try (InputStream in = ReportFonts.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IOException("font resource " + resource + " is not on the class path");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load the report font " + resource, e);
    }
  }

  private static BaseFont font(
      String name, byte[] bytes, KeptSubsetFont.Kept subsets, int... alwaysEmbedded) {
    try {
      // A font of its own (OpenPDF's font cache would hand every instance the same mutable
      // BaseFont), whose subsets are kept for the next documents.
      BaseFont font = KeptSubsetFont.create(name, bytes, subsets, alwaysEmbedded);
      // The embedded subset is compressed at the fastest level, like the pages (see
      // PdfReportRenderer.COMPRESSION).
      font.setCompressionLevel(PdfReportRenderer.COMPRESSION);
      return font;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load the report font " + name, e);
    }
  }

  BaseFont regular() {
    return regular;
  }

  BaseFont bold() {
    return bold;
  }

  /** The font for characters that Liberation Sans lacks, parsed on first use. */
  BaseFont fallback() {
    if (fallback == null) {
      fallback = font("DroidSansFallbackFull.ttf", FALLBACK_BYTES.get(), FALLBACK_SUBSETS);
      if (subsetRandom != null) {
        fallback.setSecureRandom(subsetRandom);
      }
    }
    return fallback;
  }

  /** True when Liberation Sans can draw the code point (regular and bold cover the same set). */
  boolean mainHas(int codePoint) {
    if (codePoint == '\n' || codePoint == '\r' || codePoint == '\t') {
      return true;
    }
    if (codePoint > Character.MAX_VALUE) {
      return regular.charExists(codePoint) && bold.charExists(codePoint);
    }
    byte known = mainCovers[codePoint];
    if (known == UNKNOWN) {
      known = regular.charExists(codePoint) && bold.charExists(codePoint) ? YES : NO;
      mainCovers[codePoint] = known;
    }
    return known == YES;
  }

  /** True when the fallback font can draw the code point. */
  boolean fallbackHas(int codePoint) {
    if (codePoint > Character.MAX_VALUE) {
      return fallback().charExists(codePoint);
    }
    byte known = fallbackCovers[codePoint];
    if (known == UNKNOWN) {
      known = fallback().charExists(codePoint) ? YES : NO;
      fallbackCovers[codePoint] = known;
    }
    return known == YES;
  }

  /**
   * {@code font.getWidth(c)}: the advance width of {@code c} in thousandths of the font size, from
   * a table for the regular and bold fonts.
   */
  int width(BaseFont font, char c) {
    int[] widths = font == regular ? regularWidths : font == bold ? boldWidths : null;
    if (widths == null) {
      return font.getWidth(c);
    }
    int known = widths[c];
    if (known == 0) {
      known = font.getWidth(c) + 1;
      widths[c] = known;
    }
    return known - 1;
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
      subsetRandom = random;
      regular.setSecureRandom(random);
      bold.setSecureRandom(random);
      if (fallback != null) {
        fallback.setSecureRandom(random);
      }
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA1PRNG is part of every JDK", e);
    }
  }

  /** A value computed once, on first use, by whichever thread asks first. */
  private static final class Lazy<T> {
    private final Supplier<T> supplier;
    private volatile T value;

    Lazy(Supplier<T> supplier) {
      this.supplier = supplier;
    }

    T get() {
      T v = value;
      if (v == null) {
        synchronized (this) {
          v = value;
          if (v == null) {
            v = supplier.get();
            value = v;
          }
        }
      }
      return v;
    }
  }
}
