package dev.offeranalyzer.market;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Loads the shipped bands resource the way the app does, for tests. */
public final class BuiltInBands {

  private static final MarketData DATA = load();

  private BuiltInBands() {}

  public static MarketData data() {
    return DATA;
  }

  public static String text() {
    try (InputStream in = MarketData.class.getResourceAsStream(MarketData.BUILT_IN_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + MarketData.BUILT_IN_RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static MarketData load() {
    return MarketData.parse(text(), "built-in 2024-2025 bands");
  }
}
