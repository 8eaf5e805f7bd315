package dev.offeranalyzer.report.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpillBufferTest {

  @ParameterizedTest
  @ValueSource(ints = {0, 1, SpillBuffer.LIMIT, SpillBuffer.LIMIT + 1, 3 * SpillBuffer.LIMIT + 7})
  void givesBackEveryByte_inMemoryUpToTheLimit_inAFileBeyond(int size) throws Exception {
    byte[] bytes = new byte[size];
    new Random(size).nextBytes(bytes);
    SpillBuffer buffer = new SpillBuffer();
    for (int from = 0; from < size; from += 1000) {
      buffer.write(bytes, from, Math.min(1000, size - from));
    }

    assertThat(buffer.size()).isEqualTo(size);
    assertThat(buffer.spilled()).isEqualTo(size > SpillBuffer.LIMIT);
    ByteArrayOutputStream copy = new ByteArrayOutputStream();
    buffer.copyTo(copy);
    assertThat(copy.toByteArray()).isEqualTo(bytes);
    try (InputStream in = buffer.input()) {
      assertThat(in.readAllBytes()).isEqualTo(bytes);
    }
    buffer.close();
    if (size > SpillBuffer.LIMIT) {
      assertThat(java.nio.file.Files.exists(buffer.file())).isFalse();
    }
  }
}
