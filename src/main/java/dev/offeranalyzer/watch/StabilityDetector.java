package dev.offeranalyzer.watch;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Decides which files of a drop folder have stopped changing. Pure: it is given what each scan saw
 * and when, and remembers only that.
 *
 * <p>A file is ready when its size and modification time have stayed the same across scans spanning
 * at least the settle time (and in any case across two scans). A file that was handed out is not
 * handed out again while it stays the same; one that changes starts settling anew.
 */
public final class StabilityDetector {

  private final Duration settle;
  private final Map<String, Seen> seen = new HashMap<>();

  private record Seen(FileState state, Instant since, boolean handedOut) {}

  /**
   * @param settle how long a file must stay unchanged; zero means "the same in two scans"
   */
  public StabilityDetector(Duration settle) {
    if (settle.isNegative()) {
      throw new IllegalArgumentException("settle time must not be negative: " + settle);
    }
    this.settle = settle;
  }

  /**
   * Takes one scan.
   *
   * @param present every candidate file the scan saw, by name, with its state
   * @param now when the scan was taken
   * @return the names ready to be read, in name order; each is handed out once per state
   */
  public List<String> scan(Map<String, FileState> present, Instant now) {
    seen.keySet().retainAll(present.keySet());
    List<String> ready = new ArrayList<>();
    for (Map.Entry<String, FileState> e : present.entrySet()) {
      Seen before = seen.get(e.getKey());
      if (before == null || !before.state().equals(e.getValue())) {
        seen.put(e.getKey(), new Seen(e.getValue(), now, false));
      } else if (!before.handedOut() && !now.isBefore(before.since().plus(settle))) {
        seen.put(e.getKey(), new Seen(before.state(), before.since(), true));
        ready.add(e.getKey());
      }
    }
    ready.sort(null);
    return ready;
  }

  /**
   * Makes a file that was handed out settle again, e.g. because it changed while it was read, or it
   * could not be moved away after a problem that may clear up.
   */
  public void retry(String name) {
    seen.remove(Objects.requireNonNull(name));
  }

  /** How many files are being watched, settling or handed out. */
  public int watched() {
    return seen.size();
  }
}
