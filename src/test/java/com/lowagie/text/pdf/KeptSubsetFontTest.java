package com.lowagie.text.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * {@link KeptSubsetFont} writes the bytes OpenPDF's own font writes, whether the subset is made or
 * kept, and keeps one subset per set of glyphs.
 */
class KeptSubsetFontTest {

  private static final byte[] REGULAR = resource("/liberation/LiberationSans-Regular.ttf");
  private static final byte[] FALLBACK =
      resource("/dev/offeranalyzer/report/fonts/DroidSansFallbackFull.ttf");

  /** A font as OpenPDF makes it, its subsets made for each document. */
  private static BaseFont openPdfFont(String name, byte[] ttf) throws Exception {
    BaseFont font =
        BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, ttf, null);
    font.setCompressionLevel(java.util.zip.Deflater.BEST_SPEED);
    return font;
  }

  private static BaseFont keptFont(String name, byte[] ttf, KeptSubsetFont.Kept kept)
      throws Exception {
    BaseFont font = KeptSubsetFont.create(name, ttf, kept);
    font.setCompressionLevel(java.util.zip.Deflater.BEST_SPEED);
    return font;
  }

  /** What a test document holds. */
  private interface Content {
    void write(Document document, PdfWriter writer) throws Exception;
  }

  /** A one-font document, its subset name drawn from {@code seed}. */
  private static byte[] pdf(BaseFont font, long seed, Content content) throws Exception {
    font.setSecureRandom(random(seed));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.LETTER);
    PdfWriter writer = PdfWriter.getInstance(document, out);
    writer.setFullCompression();
    writer.setCompressionLevel(java.util.zip.Deflater.BEST_SPEED);
    document.addCreationDate();
    document.open();
    content.write(document, writer);
    document.close();
    return out.toByteArray();
  }

  /** A document of some paragraphs in {@code font}. */
  private static byte[] document(BaseFont font, List<String> paragraphs, long seed)
      throws Exception {
    return pdf(
        font,
        seed,
        (document, writer) -> {
          for (String p : paragraphs) {
            document.add(new Paragraph(p, new Font(font, 11)));
          }
        });
  }

  private static SecureRandom random(long seed) throws NoSuchAlgorithmException {
    SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
    // (SecureRandom ignores a seed of 0.)
    random.setSeed(seed);
    return random;
  }

  /** The document's creation and modification dates and ID vary per run; the rest must not. */
  private static String comparable(byte[] pdf) {
    return new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1)
        .replaceAll("D:\\d{14}[-+Z][0-9']*", "D:date")
        .replaceAll("/ID ?\\[<[0-9a-f]+><[0-9a-f]+>\\]", "/ID[id]");
  }

  private static List<String> randomText(Random random, String alphabet) {
    List<String> paragraphs = new ArrayList<>();
    int count = 1 + random.nextInt(6);
    for (int p = 0; p < count; p++) {
      StringBuilder text = new StringBuilder();
      int length = 1 + random.nextInt(60);
      for (int i = 0; i < length; i++) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      paragraphs.add(text.toString());
    }
    return paragraphs;
  }

  @Test
  void sameBytesAsOpenPdf_whetherTheSubsetIsMadeOrKept() throws Exception {
    KeptSubsetFont.Kept kept = new KeptSubsetFont.Kept(64);
    BaseFont plain = openPdfFont("LiberationSans-Regular.ttf", REGULAR);
    BaseFont keeping = keptFont("LiberationSans-Regular.ttf", REGULAR, kept);
    Random random = new Random(20261202);
    // A small alphabet, so that glyph sets repeat and most documents take a kept subset.
    String alphabet = "abcde ÀéΩЖ-1";
    int documents = 40;
    for (int d = 0; d < documents; d++) {
      List<String> text = randomText(random, alphabet);
      byte[] expected = document(plain, text, d + 1);
      byte[] actual = document(keeping, text, d + 1);
      assertThat(comparable(actual)).as("document %d", d).isEqualTo(comparable(expected));
    }
    // Most documents took a kept subset.
    assertThat(kept.made()).isEqualTo(kept.size()).isBetween(1L, (long) documents / 2);
  }

  @Test
  void theFallbackFont_sameBytesAsOpenPdf() throws Exception {
    KeptSubsetFont.Kept kept = new KeptSubsetFont.Kept(8);
    BaseFont plain = openPdfFont("DroidSansFallbackFull.ttf", FALLBACK);
    BaseFont keeping = keptFont("DroidSansFallbackFull.ttf", FALLBACK, kept);
    List<String> text = List.of("张伟 高级软件工程师", "東京 エンジニア", "김민준");
    for (int run = 0; run < 2; run++) {
      assertThat(comparable(document(keeping, text, 7)))
          .as("run %d (%s)", run, run == 0 ? "made" : "kept")
          .isEqualTo(comparable(document(plain, text, 7)));
    }
    assertThat(kept.made()).isEqualTo(1);
  }

  @Test
  void keepsOneSubsetPerGlyphSet_andTheTextReadsBack() throws Exception {
    KeptSubsetFont.Kept kept = new KeptSubsetFont.Kept(64);
    BaseFont font = keptFont("LiberationSans-Regular.ttf", REGULAR, kept);
    document(font, List.of("abc"), 1);
    document(font, List.of("cab", "bca"), 2);
    assertThat(kept.made()).isEqualTo(1);
    byte[] other = document(font, List.of("abd"), 3);
    assertThat(kept.made()).isEqualTo(2);
    byte[] again = document(font, List.of("bad", "dab"), 4);
    assertThat(kept.made()).isEqualTo(2);
    assertThat(text(other)).contains("abd");
    assertThat(text(again)).contains("bad").contains("dab");
  }

  @Test
  void keepsAtMostItsLimit_theLeastRecentlyUsedGoesFirst() throws Exception {
    KeptSubsetFont.Kept kept = new KeptSubsetFont.Kept(2);
    BaseFont font = keptFont("LiberationSans-Regular.ttf", REGULAR, kept);
    document(font, List.of("a"), 1);
    document(font, List.of("b"), 1);
    document(font, List.of("a"), 1);
    assertThat(kept.made()).isEqualTo(2);
    document(font, List.of("c"), 1);
    assertThat(kept.made()).isEqualTo(3);
    assertThat(kept.size()).isEqualTo(2);
    // "a" was used after "b", so "b" went: "a" is still kept, "b" is made again.
    document(font, List.of("a"), 1);
    assertThat(kept.made()).isEqualTo(3);
    document(font, List.of("b"), 1);
    assertThat(kept.made()).isEqualTo(4);
    assertThat(kept.size()).isEqualTo(2);
  }

  @Test
  void charactersAlwaysEmbedded_letDocumentsThatDifferInThemShareASubset() throws Exception {
    KeptSubsetFont.Kept kept = new KeptSubsetFont.Kept(64);
    BaseFont font = KeptSubsetFont.create("LiberationSans-Regular.ttf", REGULAR, kept, 'a', 'z');
    byte[] first = document(font, List.of("abc"), 1);
    document(font, List.of("xyz", "quiz"), 2);
    assertThat(kept.made()).isEqualTo(1);
    document(font, List.of("abc!"), 3);
    assertThat(kept.made()).isEqualTo(2);
    // The first document carries every letter, with its character for copying text out, and
    // still reads as it was written.
    assertThat(text(first).strip()).isEqualTo("abc");
    try (PDDocument document = Loader.loadPDF(first)) {
      org.apache.pdfbox.pdmodel.font.PDFont embedded =
          document
              .getPage(0)
              .getResources()
              .getFont(document.getPage(0).getResources().getFontNames().iterator().next());
      for (char c = 'a'; c <= 'z'; c++) {
        assertThat(embedded.toUnicode(glyph(font, c)))
            .as("glyph of %s", c)
            .isEqualTo(String.valueOf(c));
      }
    }
  }

  /** A page of text runs drawn with OpenPDF's showText, or with the fast one where asked. */
  private static byte[] runs(BaseFont font, List<String> runs, boolean fast, long seed)
      throws Exception {
    return pdf(
        font,
        seed,
        (document, writer) -> {
          PdfContentByte cb = writer.getDirectContent();
          cb.beginText();
          cb.setFontAndSize(font, 10);
          float y = 760;
          for (int k = 0; k < runs.size(); k++) {
            cb.setTextMatrix(40, y -= 12);
            String run = runs.get(k);
            // Every third run through OpenPDF's own showText, so both record glyphs in one
            // document.
            if (fast && k % 3 != 0) {
              char[] chars = ("<<" + run + ">>").toCharArray();
              KeptSubsetFont.showText(cb, chars, 2, chars.length - 2);
            } else {
              cb.showText(run);
            }
          }
          cb.endText();
        });
  }

  @Test
  void showText_writesWhatOpenPdfsShowTextWrites() throws Exception {
    BaseFont font = keptFont("LiberationSans-Regular.ttf", REGULAR, new KeptSubsetFont.Kept(8));
    Random random = new Random(42);
    for (int d = 0; d < 30; d++) {
      List<String> runs = new ArrayList<>();
      for (int r = 0; r < 25; r++) {
        StringBuilder run = new StringBuilder();
        int length = random.nextInt(12);
        for (int i = 0; i < length; i++) {
          int pick = random.nextInt(100);
          if (pick < 2) {
            run.appendCodePoint(0x1F600 + random.nextInt(40)); // outside the BMP
          } else if (pick < 5) {
            run.append((char) (0x3040 + random.nextInt(90))); // kana: no glyph here
          } else {
            // Latin to Cyrillic: glyph ids with every low byte, ( ) \\ and control bytes included.
            run.append((char) (0x20 + random.nextInt(0x4FF - 0x20)));
          }
        }
        runs.add(run.toString());
      }
      byte[] expected = runs(font, runs, false, d + 1);
      byte[] actual = runs(font, runs, true, d + 1);
      assertThat(comparable(actual)).as("document %d", d).isEqualTo(comparable(expected));
    }
  }

  @Test
  void showText_recordsTheFirstCharacterDrawnForAGlyph_asOpenPdfDoes() throws Exception {
    // Liberation Sans gives every character a glyph of its own; the fallback font does not (CJK
    // compatibility ideographs, say). The subset's map from glyphs back to text keeps the
    // character drawn first.
    BaseFont font = keptFont("DroidSansFallbackFull.ttf", FALLBACK, new KeptSubsetFont.Kept(8));
    java.util.Map<Integer, Character> firstByGlyph = new java.util.HashMap<>();
    List<String> shared = new ArrayList<>();
    for (char c = 0x20; c < 0xFFFF; c++) {
      if (Character.isSurrogate(c)) {
        continue;
      }
      int[] metrics = ((TrueTypeFontUnicode) font).getMetricsTT(c);
      if (metrics != null) {
        Character other = firstByGlyph.putIfAbsent(metrics[0], c);
        if (other != null) {
          shared.add("" + other + c);
        }
      }
    }
    assertThat(shared).isNotEmpty();
    for (String pair : shared.subList(0, Math.min(20, shared.size()))) {
      for (String order : List.of(pair, new StringBuilder(pair).reverse().toString())) {
        List<String> runs =
            List.of("a", order.substring(0, 1), "b", order.substring(1), order, "c");
        assertThat(comparable(runs(font, runs, true, 3)))
            .as("U+%04X then U+%04X", (int) order.charAt(0), (int) order.charAt(1))
            .isEqualTo(comparable(runs(font, runs, false, 3)));
      }
    }
  }

  @Test
  void rangesComeInPairs() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> KeptSubsetFont.create("LiberationSans-Regular.ttf", REGULAR, null, 'a'))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static int glyph(BaseFont font, char c) {
    return ((TrueTypeFontUnicode) font).getMetricsTT(c)[0];
  }

  private static String text(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }

  private static byte[] resource(String name) {
    try (InputStream in = KeptSubsetFontTest.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IOException(name + " is not on the class path");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
