package com.lowagie.text.pdf;

/**
 * The page-content operators the reports write most often ({@code Tm} for each line of text, {@code
 * re} for each background), with their numbers written as {@link ByteBuffer#formatDouble(double,
 * ByteBuffer)} writes them, byte for byte, but into the page's buffer in one step.
 *
 * <p>Why: OpenPDF appends a number a byte at a time through a method of some 1,200 bytecodes, and
 * {@code setTextMatrix} writes six of them (2.6 % of a 3,000-offer run's samples were in it). A
 * number here is a few dozen bytecodes, assembled in a small array and appended once. OpenPDF's own
 * shortcut, a static cache of formatted numbers ({@code ByteBuffer.setCacheSize} and {@code
 * fillCache}), is global to the JVM and fills 10.00 as "0", so it is not used.
 *
 * <p>In OpenPDF's package because the operators also set the content's text state ({@code
 * PdfContentByte.state}) and write to its buffer, which are package-private.
 */
public final class PageNumbers {

  /** "1 0 0 1 ": the text matrix's fixed part, as OpenPDF writes 1f and 0f. */
  private static final byte[] IDENTITY = {'1', ' ', '0', ' ', '0', ' ', '1', ' '};

  /** The longest number written: "-" and the digits of a long. */
  private static final int NUMBER_MAX = 21;

  private PageNumbers() {}

  /** {@code cb.setTextMatrix(x, y)}: the same bytes and the same text state. */
  public static void setTextMatrix(PdfContentByte cb, float x, float y) {
    if (ByteBuffer.HIGH_PRECISION) {
      cb.setTextMatrix(x, y);
      return;
    }
    cb.state.xTLM = x;
    cb.state.yTLM = y;
    byte[] b = new byte[IDENTITY.length + 2 * NUMBER_MAX + 5];
    System.arraycopy(IDENTITY, 0, b, 0, IDENTITY.length);
    int n = pair(x, y, b, IDENTITY.length);
    n = operator('T', 'm', cb, b, n);
    cb.content.append(b, 0, n);
  }

  /** {@code cb.rectangle(x, y, w, h)}: the same bytes. */
  public static void rectangle(PdfContentByte cb, float x, float y, float w, float h) {
    if (ByteBuffer.HIGH_PRECISION) {
      cb.rectangle(x, y, w, h);
      return;
    }
    byte[] b = new byte[4 * NUMBER_MAX + 7];
    int n = pair(x, y, b, 0);
    n = pair(w, h, b, n);
    n = operator('r', 'e', cb, b, n);
    cb.content.append(b, 0, n);
  }

  /** Two operands, each followed by a space. */
  private static int pair(float first, float second, byte[] b, int n) {
    n = number(first, b, n);
    b[n++] = ' ';
    n = number(second, b, n);
    b[n++] = ' ';
    return n;
  }

  /** A two-letter operator and the content's separator. */
  private static int operator(char a, char c, PdfContentByte cb, byte[] b, int n) {
    b[n++] = (byte) a;
    b[n++] = (byte) c;
    b[n++] = (byte) cb.separator;
    return n;
  }

  /**
   * The bytes {@code ByteBuffer.formatDouble(f)} gives for a float (as {@code ByteBuffer.append(
   * float)} widens it), for tests.
   */
  static String format(double d) {
    byte[] b = new byte[NUMBER_MAX];
    int n = number(d, b, 0);
    return new String(b, 0, n, java.nio.charset.StandardCharsets.ISO_8859_1);
  }

  /**
   * Writes {@code d} at {@code b[n]} as {@code formatDouble} does and gives the position after it:
   * "0" near zero; below 1, five decimals rounded and trailing zeros dropped; up to 32767, two
   * decimals rounded and trailing zeros dropped; beyond, a whole number rounded half up.
   */
  private static int number(double d, byte[] b, int n) {
    if (Math.abs(d) < 0.000015) {
      b[n++] = '0';
      return n;
    }
    if (d < 0) {
      b[n++] = '-';
      d = -d;
    }
    if (d < 1.0) {
      d += 0.000005;
      if (d >= 1) {
        b[n++] = '1';
        return n;
      }
      int v = (int) (d * 100000);
      b[n++] = '0';
      b[n++] = '.';
      // Always the first decimal, then each further one while what is left is not zero.
      int div = 10000;
      do {
        b[n++] = (byte) ('0' + (v / div) % 10);
        div /= 10;
      } while (div > 0 && v % (div * 10) != 0);
      return n;
    }
    if (d <= 32767) {
      d += 0.005;
      int v = (int) (d * 100);
      n = digits(v / 100, b, n);
      if (v % 100 != 0) {
        b[n++] = '.';
        b[n++] = (byte) ('0' + (v / 10) % 10);
        if (v % 10 != 0) {
          b[n++] = (byte) ('0' + v % 10);
        }
      }
      return n;
    }
    d += 0.5;
    return digits((long) d, b, n);
  }

  /** The decimal digits of {@code v} (not negative), no leading zeros. */
  private static int digits(long v, byte[] b, int n) {
    int length = 1;
    for (long p = 10; p <= v && length < 19; p *= 10) {
      length++;
    }
    for (int k = n + length - 1; k >= n; k--) {
      b[k] = (byte) ('0' + v % 10);
      v /= 10;
    }
    return n + length;
  }
}
