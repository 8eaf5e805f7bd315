package dev.offeranalyzer.report.summary;

import java.io.ByteArrayOutputStream;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * A piece of a part, compressed on its own: raw deflate blocks ended by a sync flush (so pieces and
 * freshly compressed text can follow one another in one stream), the CRC-32 and the length of the
 * text it holds. A kept summary chunk is copied into the next workbook as it is, without being
 * compressed again ({@link SummaryCache}).
 *
 * @param bytes the deflate blocks, none of them final, ending on a byte boundary
 * @param crc the CRC-32 of the text
 * @param length the text's length in bytes
 */
record Deflated(byte[] bytes, long crc, long length) {

  /** Compresses {@code text[0, length)} at the summary's level. */
  static Deflated of(byte[] text, int length) {
    CRC32 crc = new CRC32();
    crc.update(text, 0, length);
    Deflater deflater = new Deflater(SummaryWorkbook.ZIP_LEVEL, true);
    try {
      deflater.setInput(text, 0, length);
      ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, length / 6));
      byte[] buf = new byte[1 << 15];
      int n;
      // The sync flush is complete once a call leaves room in the buffer.
      do {
        n = deflater.deflate(buf, 0, buf.length, Deflater.SYNC_FLUSH);
        out.write(buf, 0, n);
      } while (n == buf.length);
      return new Deflated(out.toByteArray(), crc.getValue(), length);
    } finally {
      deflater.end();
    }
  }

  /**
   * The CRC-32 of text A followed by text B, from A's CRC, B's CRC and B's length: zlib's {@code
   * crc32_combine}, which the JDK does not offer. It applies B's length of zero bits to A's CRC as
   * a linear map over GF(2), by squaring the operator for one zero bit.
   */
  static long combine(long crcA, long crcB, long lengthB) {
    if (lengthB <= 0) {
      return crcA;
    }
    long[] even = new long[32];
    long[] odd = new long[32];
    odd[0] = 0xEDB88320L; // the CRC-32 polynomial, reversed
    long row = 1;
    for (int n = 1; n < 32; n++) {
      odd[n] = row;
      row <<= 1;
    }
    square(even, odd); // two zero bits
    square(odd, even); // four zero bits
    long crc = crcA;
    long len = lengthB;
    do {
      square(even, odd); // the first pass: one zero byte
      if ((len & 1) != 0) {
        crc = times(even, crc);
      }
      len >>= 1;
      if (len == 0) {
        break;
      }
      square(odd, even);
      if ((len & 1) != 0) {
        crc = times(odd, crc);
      }
      len >>= 1;
    } while (len != 0);
    return (crc ^ crcB) & 0xFFFFFFFFL;
  }

  private static long times(long[] matrix, long vector) {
    long sum = 0;
    for (int i = 0; vector != 0; i++, vector >>>= 1) {
      if ((vector & 1) != 0) {
        sum ^= matrix[i];
      }
    }
    return sum;
  }

  private static void square(long[] square, long[] matrix) {
    for (int n = 0; n < 32; n++) {
      square[n] = times(matrix, matrix[n]);
    }
  }
}
