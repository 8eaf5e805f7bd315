package dev.offeranalyzer.watch;

import dev.offeranalyzer.batch.BatchResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Everything a batch command holds on its output folder, in the order it must happen: the lock,
 * then the removal of temporary files a killed run left, then the results store. Closing it closes
 * the store and releases the lock.
 *
 * <pre>{@code
 * try (OutputSession session = OutputSession.open(output)) {
 *   BatchResult result = batch.run(files, output, session.store());
 *   session.finishBatch(files, result, assumptions);   // errors recorded, summary.xlsx written
 * } catch (LockHeldException e) {
 *   // exit 3 with e.getMessage()
 * }
 * }</pre>
 */
public final class OutputSession implements AutoCloseable {

  private final OutputLock lock;
  private final ResultsStore store;
  private final List<Path> cleaned;

  private OutputSession(OutputLock lock, ResultsStore store, List<Path> cleaned) {
    this.lock = lock;
    this.store = store;
    this.cleaned = List.copyOf(cleaned);
  }

  /**
   * Takes the lock of {@code outputDir} (creating the folder), deletes leftover temporary files and
   * opens the results store.
   *
   * @throws LockHeldException when another run holds the folder; nothing was touched
   * @throws IOException when the folder cannot be created, read or written
   */
  public static OutputSession open(Path outputDir) throws LockHeldException, IOException {
    OutputLock lock = OutputLock.acquire(outputDir);
    try {
      List<Path> cleaned = PartialFiles.clean(outputDir);
      return new OutputSession(lock, ResultsStore.open(outputDir), cleaned);
    } catch (IOException | RuntimeException e) {
      lock.close();
      throw e;
    }
  }

  /** The sink to hand to {@code Batch.run}. */
  public ResultsStore store() {
    return store;
  }

  /** The leftover temporary files deleted when the session opened. */
  public List<Path> cleaned() {
    return cleaned;
  }

  /**
   * Closes a batch: records its errors per input file read, forces the results to disk and rewrites
   * {@code summary.xlsx} over everything the folder holds.
   *
   * @return the summary written
   */
  public Path finishBatch(
      Collection<Path> inputs, BatchResult result, List<Map.Entry<String, String>> assumptions)
      throws IOException {
    List<Path> all = List.copyOf(inputs);
    // A stopped batch read only its first files; the others keep what they had.
    List<Path> read = all.subList(0, Math.min(all.size(), result.filesRead()));
    store.putErrors(read, result.errorsAndNotes());
    return writeSummary(assumptions);
  }

  /**
   * Forces the results to disk and rewrites {@code summary.xlsx} over everything the folder holds.
   *
   * @return the summary written
   */
  public Path writeSummary(List<Map.Entry<String, String>> assumptions) throws IOException {
    store.flush();
    return SummaryFile.write(lock.outputDir(), store.summary(assumptions));
  }

  @Override
  public void close() throws IOException {
    try {
      store.close();
    } finally {
      lock.close();
    }
  }
}
