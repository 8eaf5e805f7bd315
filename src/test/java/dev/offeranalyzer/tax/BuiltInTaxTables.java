package dev.offeranalyzer.tax;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Loads the shipped tax tables the way the app does, for tests. */
public final class BuiltInTaxTables {

  private static final TaxTables TABLES = TaxTables.parse(text(), "built-in tax tables");

  private BuiltInTaxTables() {}

  public static TaxTables tables() {
    return TABLES;
  }

  public static TaxCalculator calculator() {
    return new TaxCalculator(TABLES);
  }

  public static String text() {
    try (InputStream in = TaxTables.class.getResourceAsStream(TaxTables.BUILT_IN_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + TaxTables.BUILT_IN_RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
