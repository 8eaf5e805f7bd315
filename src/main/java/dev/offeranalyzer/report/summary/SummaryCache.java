package dev.offeranalyzer.report.summary;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What one summary keeps for the next of the same folder, so that {@code watch} rewrites a summary
 * of 100,000 offers in seconds after a drop of a few (docs/performance.md): the rows of the large
 * table sheets, compressed in chunks, and the shared-string table their cells refer to.
 *
 * <p>A sheet's rows are cut into chunks of about {@value #CHUNK_OFFERS} offers, after each offer
 * whose id hashes to a multiple of that number, so the cuts depend on the offers alone: an offer
 * added or moved changes the chunk it joins or leaves, not the chunks after it. Rows carry no
 * position ({@link SheetRows}), so a chunk is the same bytes wherever it lands. A chunk is kept
 * while it holds the same offers in the same order, none of them changed since it was written
 * ({@link #offersChanged}); the History and Email sheets key their chunks by the rows themselves.
 *
 * <p>Not thread-safe: one summary at a time, as the output folder writes them.
 */
public final class SummaryCache {

  /** The average number of offers in a chunk: two to the power {@link #CHUNK_BITS}. */
  static final int CHUNK_OFFERS = 64;

  private static final int CHUNK_BITS = Integer.numberOfTrailingZeros(CHUNK_OFFERS);

  /** Beyond this many bytes of kept chunks, nothing is kept (the next summary is written whole). */
  static final long LIMIT_BYTES = 512L << 20;

  private SharedStrings shared = new SharedStrings();
  private Map<String, Map<Object, Chunk>> sheets = new HashMap<>();
  private final Set<String> changed = new HashSet<>();
  private int reusing;
  private int reused;

  /**
   * A chunk of a sheet's rows.
   *
   * @param keys what the chunk holds, in order: offer ids, or rows
   * @param data the rows, compressed
   * @param rows how many rows
   * @param widths the widest cell of each column
   * @param sharedUses how many of its cells use the shared-string table
   */
  record Chunk(
      Object[] keys, Deflated data, int rows, SummaryWorkbook.Widths widths, long sharedUses) {}

  /** Notes offers whose result, details or history changed since the last summary. */
  public void offersChanged(Collection<String> offerIds) {
    changed.addAll(offerIds);
  }

  /** How many chunks the last summary written took from the one before. */
  public int reusedChunks() {
    return reused;
  }

  /** Forgets every chunk: the next summary is written whole. */
  public void clear() {
    reusing = 0;
    shared = new SharedStrings();
    sheets = new HashMap<>();
    changed.clear();
  }

  /** How many bytes the kept chunks hold. */
  long bytes() {
    long n = 0;
    for (Map<Object, Chunk> chunks : sheets.values()) {
      for (Chunk c : chunks.values()) {
        n += c.data().bytes().length;
      }
    }
    return n;
  }

  /** The shared-string table of this folder's summaries, its counts started again. */
  SharedStrings shared() {
    shared.resetUses();
    return shared;
  }

  /** The kept chunk that holds exactly {@code keys}, none of them changed; or null. */
  Chunk reusable(String sheet, Object[] keys, String[] offers) {
    Chunk c = sheets.getOrDefault(sheet, Map.of()).get(keys[0]);
    if (c == null || !Arrays.equals(c.keys(), keys)) {
      return null;
    }
    for (String o : offers) {
      if (changed.contains(o)) {
        return null;
      }
    }
    reusing++;
    return c;
  }

  /** A summary was written: its chunks are the ones to keep. */
  void written(Map<String, Map<Object, Chunk>> kept) {
    sheets = kept;
    changed.clear();
    reused = reusing;
    reusing = 0;
    if (bytes() > LIMIT_BYTES) {
      clear();
    }
  }

  /** True when a chunk ends after {@code offerId}'s rows. */
  static boolean endsChunk(String offerId) {
    int h = offerId.hashCode() * 0x9E3779B9; // Fibonacci hashing spreads ids that differ a little
    return (h >>> (32 - CHUNK_BITS)) == 0; // one in CHUNK_OFFERS
  }
}
