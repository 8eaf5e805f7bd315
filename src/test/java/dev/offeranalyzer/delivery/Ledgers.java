package dev.offeranalyzer.delivery;

import dev.offeranalyzer.output.StateStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The ledger of an output folder for delivery tests: the folder's state store, opened once. */
final class Ledgers {

  private static final Map<Path, StateStore> OPEN = new ConcurrentHashMap<>();

  private Ledgers() {}

  /** The state store of {@code outputDir} (opened on first use, kept open for the test run). */
  static StateStore of(Path outputDir) {
    return OPEN.computeIfAbsent(
        outputDir.toAbsolutePath().normalize(),
        p -> {
          try {
            return StateStore.open(p.resolve(".offer-analyzer"));
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }
}
