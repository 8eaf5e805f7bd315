package dev.offeranalyzer.report.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.Inflater;
import org.junit.jupiter.api.Test;

class DeflatedTest {

  @Test
  void combine_givesTheCrcOfTheTwoTextsOneAfterTheOther() {
    Random random = new Random(7);
    for (int round = 0; round < 200; round++) {
      byte[] a = new byte[random.nextInt(3000)];
      byte[] b = new byte[round < 5 ? round : random.nextInt(70_000)];
      random.nextBytes(a);
      random.nextBytes(b);
      CRC32 whole = new CRC32();
      whole.update(a);
      whole.update(b);

      assertThat(Deflated.combine(crc(a), crc(b), b.length))
          .as("round %d: %d then %d bytes", round, a.length, b.length)
          .isEqualTo(whole.getValue());
    }
  }

  @Test
  void piecesAndTextInOnePart_inflateToTheTextInOrder_withTheWholeCrcAndLength() throws Exception {
    Random random = new Random(11);
    ByteArrayOutputStream expected = new ByteArrayOutputStream();
    ByteArrayOutputStream data = new ByteArrayOutputStream();
    long crc;
    long length;
    try (WorkbookAssembly.PartDeflater part = new WorkbookAssembly.PartDeflater(data)) {
      for (int i = 0; i < 60; i++) {
        byte[] text = xml(random, random.nextInt(i % 7 == 0 ? 200_000 : 5_000));
        expected.write(text);
        if (random.nextBoolean()) {
          part.deflated(Deflated.of(text, text.length));
        } else {
          part.write(text);
        }
      }
      part.finish();
      crc = part.crc();
      length = part.length();
    }

    byte[] inflated = inflate(data.toByteArray(), expected.size());
    assertThat(inflated).isEqualTo(expected.toByteArray());
    assertThat(length).isEqualTo(expected.size());
    CRC32 whole = new CRC32();
    whole.update(expected.toByteArray());
    assertThat(crc).isEqualTo(whole.getValue());
  }

  @Test
  void aPartOfPiecesOnly_andAnEmptyPart_areWholeStreams() throws Exception {
    byte[] a = "<row><c s=\"1\"><v>1</v></c></row>".getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream data = new ByteArrayOutputStream();
    try (WorkbookAssembly.PartDeflater part = new WorkbookAssembly.PartDeflater(data)) {
      part.deflated(Deflated.of(a, a.length));
      part.deflated(Deflated.of(a, a.length));
      part.finish();
    }
    assertThat(new String(inflate(data.toByteArray(), 2 * a.length), StandardCharsets.UTF_8))
        .isEqualTo(new String(a, StandardCharsets.UTF_8).repeat(2));

    ByteArrayOutputStream empty = new ByteArrayOutputStream();
    try (WorkbookAssembly.PartDeflater part = new WorkbookAssembly.PartDeflater(empty)) {
      part.finish();
      assertThat(part.length()).isZero();
      assertThat(part.crc()).isZero();
    }
    assertThat(inflate(empty.toByteArray(), 0)).isEmpty();
  }

  private static long crc(byte[] b) {
    CRC32 c = new CRC32();
    c.update(b);
    return c.getValue();
  }

  /** Text that compresses like a sheet's rows. */
  private static byte[] xml(Random random, int rows) {
    StringBuilder sb = new StringBuilder();
    for (int r = 0; sb.length() < rows; r++) {
      sb.append("<row><c s=\"3\"><v>").append(random.nextInt(1_000_000)).append("</v></c></row>");
    }
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** Inflates a whole raw deflate stream, checking that it ends with its final block. */
  private static byte[] inflate(byte[] deflated, int size) throws Exception {
    Inflater inflater = new Inflater(true);
    try {
      inflater.setInput(deflated);
      byte[] out = new byte[size + 1];
      int n = 0;
      while (!inflater.finished()) {
        int k = inflater.inflate(out, n, out.length - n);
        if (k == 0
            && !inflater.finished()
            && (inflater.needsInput() || inflater.needsDictionary())) {
          throw new AssertionError("the stream has no final block");
        }
        n += k;
      }
      assertThat(inflater.getRemaining()).as("bytes after the final block").isZero();
      return java.util.Arrays.copyOf(out, n);
    } finally {
      inflater.end();
    }
  }
}
