package com.lowagie.text.pdf;

import com.lowagie.text.DocumentException;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A TrueType font with Unicode encoding (Identity-H, embedded as a subset) that writes exactly what
 * OpenPDF 2.0.5's {@code TrueTypeFontUnicode} writes, but keeps what is costly to make of a
 * document's font objects by the set of glyphs the document uses: the subset's font program, its
 * CIDSet and ToUnicode streams (deflated) and its widths. A batch of reports that use the same
 * glyphs makes and compresses them once, not once per document; the subset was about a sixth of a
 * report's CPU on this machine (a 40 KB font program, twice per report, deflated at 35 MB/s). See
 * docs/performance.md, fifth round.
 *
 * <p>Offer Analyzer's only class inside OpenPDF's package: the font writing it overrides ({@code
 * writeFont}), the font's constructor and the page's text state are package-private. OpenPDF stays
 * at 2.0.5 (newer releases need Java 21). The objects that differ per document (the descriptor, the
 * font dictionaries, the subset name) are still made per document by OpenPDF's own methods, called
 * reflectively where they are private; should one of them change or vanish, the font falls back to
 * OpenPDF's own {@code writeFont}. {@code KeptSubsetFontTest} checks that the bytes are those of
 * OpenPDF's font, kept or not, and that {@link #showText} writes what OpenPDF's {@code showText}
 * writes.
 *
 * <p>Threads: like any {@link BaseFont}, an instance is for one thread at a time. The {@link Kept}
 * store is shared by every instance made from the same font file and is thread-safe.
 */
public final class KeptSubsetFont extends TrueTypeFontUnicode {

  /** OpenPDF's private helpers of {@code writeFont}; null when this OpenPDF lacks one of them. */
  private static final Method CID_FONT =
      helper("getCIDFontType2", PdfIndirectReference.class, String.class, int[][].class);

  private static final Method TO_UNICODE = helper("getToUnicode", int[][].class);

  private static final Method BASE_TYPE =
      helper(
          "getFontBaseType", PdfIndirectReference.class, String.class, PdfIndirectReference.class);

  private static final byte[] ROTBITS = {
    (byte) 0x80,
    (byte) 0x40,
    (byte) 0x20,
    (byte) 0x10,
    (byte) 0x08,
    (byte) 0x04,
    (byte) 0x02,
    (byte) 0x01
  };

  private final Kept kept;

  /**
   * The glyph of each BMP character as the bytes of a PDF string (escaped), looked up once; {@link
   * #NO_GLYPH} when the font has none.
   */
  private final byte[][] bytesByChar = new byte[Character.MAX_VALUE + 1][];

  private static final byte[] NO_GLYPH = {};

  /** Where {@link #encode} assembles a string before appending it. */
  private byte[] scratch = new byte[256];

  /** The document whose used glyphs {@link #recorded} describes (its FontDetails). */
  private Object recordedFor;

  /** The characters whose glyph that document has already recorded for its subset. */
  private final java.util.BitSet recorded = new java.util.BitSet();

  /** Characters every subset carries, used or not, as inclusive ranges: {first, last, ...}. */
  private final int[] always;

  /** {@link #always} as the glyph, width and character of each (see {@link #alwaysMetrics}). */
  private int[][] alwaysMetrics;

  private KeptSubsetFont(String name, byte[] ttf, Kept kept, int[] always)
      throws DocumentException, IOException {
    super(name, IDENTITY_H, EMBEDDED, ttf, false);
    this.kept = kept;
    this.always = always.clone();
  }

  /**
   * Parses a TrueType font for Identity-H, embedded as a subset, as {@code
   * BaseFont.createFont(name, IDENTITY_H, EMBEDDED, false, ttf, null)} does.
   *
   * @param name the font's file name (ends in {@code .ttf})
   * @param ttf the font file
   * @param kept where the subsets of this font file are kept (one store per font file)
   * @param always characters every subset carries whether a document uses them or not, as inclusive
   *     ranges {@code {first, last, first, last, ...}}: documents whose text differs only in these
   *     characters (say, in the letters of a name) then share one kept subset
   * @throws IOException when the font cannot be read
   */
  public static BaseFont create(String name, byte[] ttf, Kept kept, int... always)
      throws IOException {
    if (always.length % 2 != 0) {
      throw new IllegalArgumentException("ranges come in pairs: " + Arrays.toString(always));
    }
    try {
      KeptSubsetFont font = new KeptSubsetFont(name, ttf, kept, always);
      LayoutProcessor.loadFont(font, name);
      return font;
    } catch (DocumentException e) {
      throw new IOException("cannot read the font " + name + ": " + e.getMessage(), e);
    }
  }

  /** The subsets of one font file, kept by glyph set (the most recently used, up to a bound). */
  public static final class Kept {
    private final Map<GlyphSet, Program> programs;
    private long made;

    /** Keeps up to {@code limit} subsets. */
    public Kept(int limit) {
      this.programs =
          new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<GlyphSet, Program> eldest) {
              return size() > limit;
            }
          };
    }

    synchronized Program get(GlyphSet glyphs) {
      return programs.get(glyphs);
    }

    synchronized void put(GlyphSet glyphs, Program program) {
      programs.put(glyphs, program);
      made++;
    }

    /** How many subsets were made (not found kept) since this store was created. */
    synchronized long made() {
      return made;
    }

    /** How many subsets are kept. */
    public synchronized int size() {
      return programs.size();
    }
  }

  /**
   * The glyphs a document records for a font, in increasing order of glyph: glyph, width and
   * character of each, flat; and the compression level. Everything the font's objects are made of.
   */
  record GlyphSet(int[] glyphs, int compressionLevel) {
    static GlyphSet of(int[][] metrics, int compressionLevel) {
      int[] flat = new int[3 * metrics.length];
      for (int k = 0; k < metrics.length; k++) {
        flat[3 * k] = metrics[k][0];
        flat[3 * k + 1] = metrics[k][1];
        flat[3 * k + 2] = metrics[k][2];
      }
      return new GlyphSet(flat, compressionLevel);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof GlyphSet g
          && compressionLevel == g.compressionLevel
          && Arrays.equals(glyphs, g.glyphs);
    }

    @Override
    public int hashCode() {
      return 31 * Arrays.hashCode(glyphs) + compressionLevel;
    }

    @Override
    public String toString() {
      return glyphs.length / 3 + " glyphs";
    }
  }

  /**
   * What a glyph set's font objects hold that costs time to make: the subset's font program, the
   * set of glyphs (CIDSet) and the map back to text (ToUnicode), each deflated, and the widths.
   */
  record Program(Deflated font, Deflated cidSet, Deflated toUnicode, String widths) {}

  /** A stream's bytes as deflated, and its length before. */
  record Deflated(byte[] bytes, int length) {
    /** The bytes OpenPDF deflated into {@code stream}, or null when it holds none. */
    static Deflated of(PdfStream stream, int length) {
      return stream == null || stream.streamBytes == null
          ? null
          : new Deflated(stream.streamBytes.toByteArray(), length);
    }
  }

  /**
   * A kept stream, with the entries OpenPDF gives it, put in the same order: a deflated {@code new
   * PdfStream(bytes)}, or the font program's {@code StreamFont} (which adds Length1). The
   * dictionary is a hash map, so the same keys put the same way give the same bytes.
   */
  private static final class KeptStream extends PdfStream {
    KeptStream(Deflated deflated, boolean fontProgram) {
      put(PdfName.LENGTH, new PdfNumber(deflated.length()));
      if (fontProgram) {
        put(PdfName.LENGTH1, new PdfNumber(deflated.length()));
      }
      bytes = deflated.bytes();
      rawLength = deflated.length();
      put(PdfName.LENGTH, new PdfNumber(deflated.bytes().length));
      put(PdfName.FILTER, PdfName.FLATEDECODE);
      compressed = true;
    }
  }

  @Override
  @SuppressWarnings("unchecked")
  void writeFont(PdfWriter writer, PdfIndirectReference ref, Object[] params)
      throws DocumentException, IOException {
    HashMap<Integer, int[]> longTag = (HashMap<Integer, int[]>) params[0];
    Map<Integer, int[]> fillerCmap = (Map<Integer, int[]>) params[2];
    if (CID_FONT == null
        || TO_UNICODE == null
        || BASE_TYPE == null
        || cff
        || !subset
        || directoryOffset != 0
        || vertical
        || !fillerCmap.isEmpty()) {
      super.writeFont(writer, ref, params);
      return;
    }
    // OpenPDF 2.0.5's TrueTypeFontUnicode.writeFont for a subset TrueType font, step by step;
    // what costs time comes from the store when this glyph set was written before.
    addRangeUni(longTag, true, subset);
    for (int[] m : alwaysMetrics()) {
      // As FontDetails records a character it draws: glyph, width, character.
      longTag.putIfAbsent(m[0], m);
    }
    int[][] metrics = longTag.values().toArray(new int[0][]);
    if (metrics.length == 0) {
      super.writeFont(writer, ref, params);
      return;
    }
    Arrays.sort(metrics, this);
    GlyphSet glyphs = GlyphSet.of(metrics, compressionLevel);
    Program program = kept.get(glyphs);
    boolean cidSetWanted =
        includeCidSet
            || writer.getPDFXConformance() == PdfWriter.PDFA1A
            || writer.getPDFXConformance() == PdfWriter.PDFA1B;
    PdfStream cidSet = null;
    if (cidSetWanted) {
      if (program != null && program.cidSet() != null) {
        cidSet = new KeptStream(program.cidSet(), false);
      } else {
        int top = metrics[metrics.length - 1][0];
        byte[] bt = new byte[top / 8 + 1];
        for (int[] metric : metrics) {
          int v = metric[0];
          bt[v / 8] |= ROTBITS[v % 8];
        }
        cidSet = new PdfStream(bt);
        cidSet.flateCompress(compressionLevel);
      }
    }
    PdfIndirectReference cidset =
        cidSet == null ? null : writer.addToBody(cidSet).getIndirectReference();
    PdfStream fontStream;
    int fontLength = 0;
    if (program == null) {
      TrueTypeFontSubSet sb =
          new TrueTypeFontSubSet(
              fileName, new RandomAccessFileOrArray(rf), longTag, directoryOffset, false, false);
      byte[] b = sb.process();
      fontLength = b.length;
      fontStream = new StreamFont(b, new int[] {b.length}, compressionLevel);
    } else {
      fontStream = new KeptStream(program.font(), true);
    }
    PdfIndirectReference indFont = writer.addToBody(fontStream).getIndirectReference();
    String subsetPrefix = createSubsetPrefix();
    PdfDictionary dic = getFontDescriptor(indFont, subsetPrefix, cidset);
    indFont = writer.addToBody(dic).getIndirectReference();
    PdfDictionary cidFont;
    if (program == null) {
      cidFont = (PdfDictionary) call(CID_FONT, indFont, subsetPrefix, metrics);
    } else {
      // The same dictionary without its widths, then the widths kept.
      cidFont = (PdfDictionary) call(CID_FONT, indFont, subsetPrefix, new int[0][]);
      if (program.widths() != null) {
        cidFont.put(PdfName.W, new PdfLiteral(program.widths()));
      }
    }
    indFont = writer.addToBody(cidFont).getIndirectReference();
    PdfStream toUnicode;
    if (program == null) {
      toUnicode =
          (PdfStream) call(TO_UNICODE, (Object) mergeMetricsAndFillerCmap(metrics, fillerCmap));
    } else {
      toUnicode = program.toUnicode() == null ? null : new KeptStream(program.toUnicode(), false);
    }
    PdfIndirectReference toUnicodeRef = null;
    if (toUnicode != null) {
      toUnicodeRef = writer.addToBody(toUnicode).getIndirectReference();
    }
    PdfObject pobj = (PdfObject) call(BASE_TYPE, indFont, subsetPrefix, toUnicodeRef);
    writer.addToBody(pobj, ref);
    if (program == null) {
      Deflated font = Deflated.of(fontStream, fontLength);
      Deflated set = cidSet == null ? null : Deflated.of(cidSet, (int) cidSet.rawLength);
      Deflated map = toUnicode == null ? null : Deflated.of(toUnicode, (int) toUnicode.rawLength);
      PdfObject widths = cidFont.get(PdfName.W);
      // Kept only whole: a stream OpenPDF left uncompressed is made again next time.
      if (font != null
          && (cidSet == null) == (set == null)
          && (toUnicode == null) == (map == null)) {
        kept.put(glyphs, new Program(font, set, map, widths == null ? null : widths.toString()));
      }
    }
  }

  /** The glyph, width and character of each character always embedded, looked up once. */
  private int[][] alwaysMetrics() {
    if (alwaysMetrics == null) {
      java.util.List<int[]> found = new java.util.ArrayList<>();
      for (int k = 0; k < always.length; k += 2) {
        for (int c = always[k]; c <= always[k + 1]; c++) {
          int[] m = getMetricsTT(c);
          if (m != null) {
            found.add(new int[] {m[0], m[1], c});
          }
        }
      }
      alwaysMetrics = found.toArray(new int[0][]);
    }
    return alwaysMetrics;
  }

  /**
   * {@code cb.showText(new String(text, from, to - from))}, written faster when the current font is
   * a {@code KeptSubsetFont}: the same bytes in the page and the same glyphs recorded for the
   * subset, from a table of glyphs per character instead of a map lookup and a glyph record per
   * character drawn. Any other case (another font, a character outside the BMP, OpenPDF's glyph
   * layout or substitution switched on) goes to {@code showText}.
   */
  public static void showText(PdfContentByte cb, char[] text, int from, int to) {
    FontDetails details = cb.state.fontDetails;
    if (details == null
        || !(details.getBaseFont() instanceof KeptSubsetFont font)
        || details.symbolic
        || LayoutProcessor.supportsFont(font)
        || (cb.getPdfDocument().getTextRenderingOptions().isGlyphSubstitutionEnabled()
            && FopGlyphProcessor.isFopSupported())
        || !font.encode(details, text, from, to, cb.content)) {
      cb.showText(new String(text, from, to - from));
      return;
    }
    cb.content.append("Tj").append_i(cb.separator);
  }

  /**
   * Appends the glyphs of {@code text} as a PDF string, as {@code FontDetails.convertToBytes} and
   * {@code PdfContentByte.escapeAndAppendString} do (the latter escapes each glyph once, {@link
   * #lookUp}), recording each glyph's first character for the subset; false, with nothing appended,
   * when the text holds a surrogate.
   */
  private boolean encode(FontDetails details, char[] text, int from, int to, ByteBuffer out) {
    for (int k = from; k < to; k++) {
      if (Character.isSurrogate(text[k])) {
        return false;
      }
    }
    if (details != recordedFor) {
      recordedFor = details;
      recorded.clear();
    }
    // At most four bytes per character (two glyph bytes, each escaped), and the parentheses.
    int need = 4 * (to - from) + 2;
    if (scratch.length < need) {
      scratch = new byte[Math.max(need, 2 * scratch.length)];
    }
    byte[] b = scratch;
    int n = 0;
    b[n++] = '(';
    for (int k = from; k < to; k++) {
      char c = text[k];
      byte[] glyphBytes = bytesByChar[c];
      if (glyphBytes == null) {
        glyphBytes = lookUp(c);
      }
      if (glyphBytes == NO_GLYPH) {
        continue;
      }
      if (!recorded.get(c)) {
        int[] metrics = getMetricsTT(c);
        int glyph = metrics[0];
        int width = metrics[1];
        details.longTag.computeIfAbsent(glyph, key -> new int[] {glyph, width, c});
        recorded.set(c);
      }
      for (byte g : glyphBytes) {
        b[n++] = g;
      }
    }
    b[n++] = ')';
    out.append(b, 0, n);
    return true;
  }

  /** The glyph of {@code c} as escaped PDF string bytes (kept), or {@link #NO_GLYPH}. */
  private byte[] lookUp(char c) {
    int[] metrics = getMetricsTT(c);
    byte[] glyphBytes;
    if (metrics == null) {
      glyphBytes = NO_GLYPH;
    } else {
      // OpenPDF's own escaping of a string of one glyph, without its parentheses.
      ByteBuffer escaped = new ByteBuffer(6);
      PdfContentByte.escapeAndAppendString(
          new byte[] {(byte) (metrics[0] >> 8), (byte) metrics[0]}, escaped);
      byte[] string = escaped.toByteArray();
      glyphBytes = Arrays.copyOfRange(string, 1, string.length - 1);
    }
    bytesByChar[c] = glyphBytes;
    return glyphBytes;
  }

  private Object call(Method method, Object... args) throws DocumentException {
    try {
      return method.invoke(this, args);
    } catch (IllegalAccessException e) {
      throw new DocumentException(e);
    } catch (InvocationTargetException e) {
      throw new DocumentException(
          e.getCause() instanceof Exception cause ? cause : new RuntimeException(e.getCause()));
    }
  }

  private static Method helper(String name, Class<?>... parameters) {
    try {
      Method method = TrueTypeFontUnicode.class.getDeclaredMethod(name, parameters);
      method.setAccessible(true);
      return method;
    } catch (NoSuchMethodException | RuntimeException e) {
      return null;
    }
  }
}
