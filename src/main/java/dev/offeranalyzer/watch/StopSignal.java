package dev.offeranalyzer.watch;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A clean stop (SIGTERM, Ctrl-C): the work asks {@link #isStopRequested()} at its safe points
 * (between offers, between scans), and the JVM's shutdown hook waits until the work says {@link
 * #finished()}, so the summary is written and the lock released before the process ends.
 */
public final class StopSignal {

  private final CountDownLatch stop = new CountDownLatch(1);
  private final CountDownLatch finished = new CountDownLatch(1);

  /** A signal that only {@link #requestStop()} sets (for tests and embedding). */
  public StopSignal() {}

  /**
   * A signal set by the JVM's shutdown: on SIGTERM or Ctrl-C the hook requests a stop and waits up
   * to {@code maxWait} for {@link #finished()}.
   */
  public static StopSignal onShutdown(Duration maxWait) {
    StopSignal signal = new StopSignal();
    Thread hook =
        new Thread(
            () -> {
              signal.requestStop();
              try {
                signal.finished.await(maxWait.toMillis(), TimeUnit.MILLISECONDS);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            },
            "offer-analyzer-stop");
    Runtime.getRuntime().addShutdownHook(hook);
    return signal;
  }

  public void requestStop() {
    stop.countDown();
  }

  public boolean isStopRequested() {
    return stop.getCount() == 0;
  }

  /**
   * Sleeps up to {@code d}, waking at once when a stop is requested.
   *
   * @return true when a stop was requested
   */
  public boolean sleep(Duration d) throws InterruptedException {
    return stop.await(d.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Says the work reached a safe end: outputs written, lock released. Lets the process end. */
  public void finished() {
    finished.countDown();
  }
}
