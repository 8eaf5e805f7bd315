package com.lowagie.text.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PageNumbersTest {

  private static final SplittableRandom RANDOM = new SplittableRandom(20261202);

  /** Floats as pages hold them, and the edges of each of formatDouble's ranges. */
  private static float anyFloat(int k) {
    return switch (k % 8) {
      case 0 -> (float) RANDOM.nextDouble(-900, 900); // positions on a page
      case 1 -> (float) RANDOM.nextDouble(-1, 1); // colours, tiny offsets
      case 2 -> Math.round(RANDOM.nextDouble(-900, 900) * 100) / 100f; // whole cents of a point
      case 3 -> (float) RANDOM.nextDouble(-0.0001, 0.0001); // about zero
      case 4 -> (float) RANDOM.nextDouble(32000, 33000) * (RANDOM.nextBoolean() ? 1 : -1);
      case 5 -> (float) RANDOM.nextDouble(-1e12, 1e12); // beyond 32767
      case 6 -> Float.intBitsToFloat(RANDOM.nextInt()); // any bits, NaN and infinities included
      default -> {
        float[] edges = {
          0f, -0f, 0.000015f, -0.000015f, 0.0000149f, 0.999995f, 0.9999949f, -0.999995f, 1f, -1f,
          1.005f, 1.004999f, 32767f, 32767.004f, 32767.01f, -32767f, 99.995f, 0.5f, 0.05f, 0.00002f
        };
        yield edges[RANDOM.nextInt(edges.length)];
      }
    };
  }

  @Test
  void numbersAreFormatDoublesBytes() {
    for (int k = 0; k < 2_000_000; k++) {
      float f = anyFloat(k);
      assertThat(PageNumbers.format(f)).as("%s", f).isEqualTo(ByteBuffer.formatDouble(f));
    }
  }

  @Test
  void textMatrixAndRectangleAreOpenPdfsOwnBytesAndState() {
    PdfContentByte theirs = new PdfContentByte(null);
    PdfContentByte ours = new PdfContentByte(null);
    for (int k = 0; k < 20_000; k++) {
      float x = anyFloat(k);
      float y = anyFloat(k + 3);
      theirs.setTextMatrix(x, y);
      PageNumbers.setTextMatrix(ours, x, y);
      assertThat(Float.floatToIntBits(ours.getXTLM()))
          .isEqualTo(Float.floatToIntBits(theirs.getXTLM()));
      assertThat(Float.floatToIntBits(ours.getYTLM()))
          .isEqualTo(Float.floatToIntBits(theirs.getYTLM()));
      float w = anyFloat(k + 5);
      float h = anyFloat(k + 6);
      theirs.rectangle(x, y, w, h);
      PageNumbers.rectangle(ours, x, y, w, h);
    }
    assertThat(ours.getInternalBuffer().toByteArray())
        .isEqualTo(theirs.getInternalBuffer().toByteArray());
    assertThat(ours.toString()).contains("1 0 0 1 ").contains(" re\n").contains(" Tm\n");
  }
}
