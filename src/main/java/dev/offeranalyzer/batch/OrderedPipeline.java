package dev.offeranalyzer.batch;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Bounded, ordered parallel work: items are worked on by {@code threads} worker threads, at most
 * {@code window} items are in flight (submitted but not yet delivered), and every outcome is handed
 * to one consumer, in submission order, on the thread that calls {@link #submit} and {@link
 * #drain}. So the consumer needs no locking, sees the same order whatever the thread count, and
 * memory holds at most {@code window} items and results.
 *
 * <p>A failure while working on one item is that item's {@link Outcome#error()} only; the other
 * items go on (a {@link StackOverflowError} from a pathological input included). An {@link Error}
 * that means the JVM is in trouble (any other {@link VirtualMachineError}, e.g. out of memory) is
 * not an item's failure: it is rethrown to the caller when that item is delivered.
 *
 * <p>Each worker thread gets its own {@code W} from the work factory (e.g. its own PDF renderer
 * with its own fonts), so the work itself need not be thread-safe.
 *
 * <p>A clean stop (SIGTERM): stop submitting, call {@link #drain()} (the items in flight finish and
 * are delivered), then {@link #close()}. {@link #close()} alone also drains.
 *
 * <p>Not thread-safe: one thread submits, drains and closes.
 *
 * @param <I> the item, e.g. an analysis
 * @param <R> the result of working on an item, e.g. the PDF bytes
 */
public final class OrderedPipeline<I, R> implements AutoCloseable {

  /** The work on one item; may throw, which makes that item's outcome a failure. */
  @FunctionalInterface
  public interface Work<I, R> {
    R apply(I item) throws Exception;
  }

  /** Receives outcomes in submission order, on the submitting thread. */
  @FunctionalInterface
  public interface Consumer<I, R> {
    void accept(Outcome<I, R> outcome) throws Exception;
  }

  /**
   * What became of one item.
   *
   * @param sequence the item's place in submission order, from 0
   * @param item the item as submitted
   * @param result the result, or null when the work failed
   * @param error why the work failed, or null when it succeeded
   */
  public record Outcome<I, R>(long sequence, I item, R result, Exception error) {
    public boolean ok() {
      return error == null;
    }
  }

  /** An exception thrown by the consumer, rethrown to the caller of submit or drain. */
  public static final class ConsumerException extends Exception {
    private static final long serialVersionUID = 1L;

    ConsumerException(Exception cause) {
      super(cause.getMessage(), cause);
    }
  }

  private record InFlight<I, R>(long sequence, I item, Future<R> future) {}

  private final ExecutorService workers;
  private final ThreadLocal<Work<I, R>> work;
  private final int window;
  private final Consumer<I, R> consumer;
  private final Deque<InFlight<I, R>> inFlight = new ArrayDeque<>();
  private long next;
  private boolean closed;

  /**
   * @param threads worker threads, at least 1
   * @param window most items in flight at once, at least {@code threads}
   * @param workFactory makes one {@link Work} per worker thread, called on that thread
   * @param consumer receives every outcome in submission order
   */
  public OrderedPipeline(
      int threads, int window, Supplier<Work<I, R>> workFactory, Consumer<I, R> consumer) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, was " + threads);
    }
    if (window < threads) {
      throw new IllegalArgumentException(
          "window (" + window + ") must be at least the thread count (" + threads + ")");
    }
    Objects.requireNonNull(workFactory, "workFactory");
    this.consumer = Objects.requireNonNull(consumer, "consumer");
    this.window = window;
    this.work = ThreadLocal.withInitial(workFactory);
    AtomicInteger n = new AtomicInteger();
    ThreadFactory named =
        r -> {
          Thread t = new Thread(r, "report-worker-" + n.incrementAndGet());
          t.setDaemon(true);
          return t;
        };
    // The window bounds the queue: never more than window tasks exist at once.
    this.workers =
        new ThreadPoolExecutor(
            threads, threads, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(), named);
  }

  /** The default thread count: the number of processors. */
  public static int defaultThreads() {
    return Runtime.getRuntime().availableProcessors();
  }

  /**
   * Submits one item. Blocks while {@code window} items are in flight, delivering the oldest
   * outcomes meanwhile; also delivers every outcome already done at the head of the queue.
   *
   * @throws ConsumerException when the consumer threw (the pipeline stays usable)
   * @throws IllegalStateException after {@link #close()}
   */
  public void submit(I item) throws InterruptedException, ConsumerException {
    if (closed) {
      throw new IllegalStateException("the pipeline is closed");
    }
    while (inFlight.size() >= window) {
      deliverHead();
    }
    long sequence = next++;
    Future<R> future = workers.submit(() -> work.get().apply(item));
    inFlight.addLast(new InFlight<>(sequence, item, future));
    while (!inFlight.isEmpty() && inFlight.peekFirst().future().isDone()) {
      deliverHead();
    }
  }

  /** Items submitted and not yet delivered. */
  public int inFlight() {
    return inFlight.size();
  }

  /**
   * Waits for every item in flight and delivers their outcomes in order. The pipeline stays open.
   *
   * @throws ConsumerException when the consumer threw; the outcomes after it are still in flight
   */
  public void drain() throws InterruptedException, ConsumerException {
    while (!inFlight.isEmpty()) {
      deliverHead();
    }
  }

  /**
   * Drains, then stops the worker threads. When the consumer throws during the drain, the rest are
   * still worked on but not delivered, and the exception is rethrown.
   */
  @Override
  public void close() throws InterruptedException, ConsumerException {
    if (closed) {
      return;
    }
    closed = true;
    try {
      drain();
    } finally {
      workers.shutdown();
      inFlight.clear();
      workers.awaitTermination(1, TimeUnit.MINUTES);
    }
  }

  private void deliverHead() throws InterruptedException, ConsumerException {
    InFlight<I, R> head = inFlight.removeFirst();
    Outcome<I, R> outcome;
    try {
      outcome = new Outcome<>(head.sequence(), head.item(), head.future().get(), null);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof VirtualMachineError fatal && !(cause instanceof StackOverflowError)) {
        throw fatal;
      }
      Exception error = cause instanceof Exception ex ? ex : new RuntimeException(cause);
      outcome = new Outcome<>(head.sequence(), head.item(), null, error);
    } catch (CancellationException e) {
      outcome = new Outcome<>(head.sequence(), head.item(), null, e);
    } catch (InterruptedException e) {
      inFlight.addFirst(head);
      throw e;
    }
    try {
      consumer.accept(outcome);
    } catch (InterruptedException e) {
      throw e;
    } catch (Exception e) {
      throw new ConsumerException(e);
    }
  }
}
