package dev.offeranalyzer.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.offeranalyzer.batch.OrderedPipeline.Outcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class OrderedPipelineTest {

  private final List<Outcome<Integer, String>> delivered = new ArrayList<>();

  @Test
  void itemsFinishingOutOfOrder_areDeliveredInSubmissionOrder() throws Exception {
    // Early items take longest, so later ones finish first.
    try (OrderedPipeline<Integer, String> p =
        new OrderedPipeline<>(
            4,
            8,
            () ->
                i -> {
                  Thread.sleep((20 - i) * 2L);
                  return "r" + i;
                },
            delivered::add)) {
      for (int i = 0; i < 20; i++) {
        p.submit(i);
      }
    }

    assertThat(delivered).extracting(Outcome::item).containsExactlyElementsOf(range(20));
    assertThat(delivered).extracting(Outcome::sequence).containsExactlyElementsOf(longs(20));
    assertThat(delivered).allMatch(o -> o.result().equals("r" + o.item()));
  }

  @Test
  void aFailingItem_isThatItemsErrorOnly() throws Exception {
    try (OrderedPipeline<Integer, String> p =
        new OrderedPipeline<>(
            2,
            4,
            () ->
                i -> {
                  if (i == 3) {
                    throw new IllegalStateException("cannot lay out offer 3");
                  }
                  if (i == 5) {
                    throw new StackOverflowError();
                  }
                  return "r" + i;
                },
            delivered::add)) {
      for (int i = 0; i < 8; i++) {
        p.submit(i);
      }
    }

    assertThat(delivered).hasSize(8);
    assertThat(delivered.get(3).ok()).isFalse();
    assertThat(delivered.get(3).error()).hasMessage("cannot lay out offer 3");
    assertThat(delivered.get(5).ok()).isFalse();
    assertThat(delivered.get(5).error()).hasCauseInstanceOf(StackOverflowError.class);
    assertThat(delivered)
        .filteredOn(Outcome::ok)
        .extracting(Outcome::item)
        .containsExactly(0, 1, 2, 4, 6, 7);
  }

  @Test
  void inFlightItems_neverExceedTheWindow() throws Exception {
    List<Integer> inFlightSeen = new ArrayList<>();
    try (OrderedPipeline<Integer, String> p =
        new OrderedPipeline<>(
            2,
            3,
            () ->
                i -> {
                  Thread.sleep(2);
                  return "r" + i;
                },
            delivered::add)) {
      for (int i = 0; i < 30; i++) {
        p.submit(i);
        inFlightSeen.add(p.inFlight());
      }
    }

    assertThat(inFlightSeen).allMatch(n -> n <= 3);
    assertThat(delivered).hasSize(30);
  }

  @Test
  void eachWorkerThread_getsItsOwnWork() throws Exception {
    Set<Object> works = ConcurrentHashMap.newKeySet();
    Set<Thread> threads = ConcurrentHashMap.newKeySet();
    CountDownLatch bothBusy = new CountDownLatch(2);
    try (OrderedPipeline<Integer, String> p =
        new OrderedPipeline<>(
            2,
            4,
            () -> {
              Object own = new Object();
              return i -> {
                works.add(own);
                threads.add(Thread.currentThread());
                bothBusy.countDown();
                bothBusy.await(5, TimeUnit.SECONDS);
                return own.toString();
              };
            },
            delivered::add)) {
      for (int i = 0; i < 6; i++) {
        p.submit(i);
      }
    }

    assertThat(threads).hasSize(2);
    assertThat(works).hasSize(2);
  }

  @Test
  void drain_deliversEveryItemInFlight_thenMoreCanBeSubmitted() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    try (OrderedPipeline<Integer, String> p =
        new OrderedPipeline<>(
            2,
            10,
            () ->
                i -> {
                  release.await(5, TimeUnit.SECONDS);
                  return "r" + i;
                },
            delivered::add)) {
      for (int i = 0; i < 5; i++) {
        p.submit(i);
      }
      assertThat(delivered).isEmpty();
      assertThat(p.inFlight()).isEqualTo(5);

      release.countDown();
      p.drain();

      assertThat(delivered).extracting(Outcome::item).containsExactly(0, 1, 2, 3, 4);
      assertThat(p.inFlight()).isZero();
      p.submit(5);
    }
    assertThat(delivered).extracting(Outcome::item).containsExactly(0, 1, 2, 3, 4, 5);
  }

  @Test
  void aStopMidway_finishesAndDeliversWhatWasSubmitted() throws Exception {
    AtomicInteger worked = new AtomicInteger();
    boolean[] stop = {false};
    OrderedPipeline<Integer, String> p =
        new OrderedPipeline<>(
            2,
            4,
            () ->
                i -> {
                  worked.incrementAndGet();
                  Thread.sleep(5);
                  return "r" + i;
                },
            o -> {
              delivered.add(o);
              if (o.item() == 2) {
                stop[0] = true; // e.g. SIGTERM seen by the batch loop
              }
            });
    int submitted = 0;
    for (int i = 0; i < 100 && !stop[0]; i++) {
      p.submit(i);
      submitted++;
    }
    p.close();

    assertThat(submitted).isLessThan(100);
    assertThat(worked.get()).isEqualTo(submitted);
    assertThat(delivered).extracting(Outcome::item).containsExactlyElementsOf(range(submitted));
  }

  @Test
  void aConsumerFailure_reachesTheCaller() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    OrderedPipeline<Integer, String> p =
        new OrderedPipeline<>(
            1,
            1,
            () ->
                i -> {
                  release.await(5, TimeUnit.SECONDS);
                  return "r" + i;
                },
            o -> {
              throw new java.io.IOException("disk full writing " + o.result());
            });
    p.submit(0);
    release.countDown();

    assertThatThrownBy(() -> p.submit(1))
        .isInstanceOf(OrderedPipeline.ConsumerException.class)
        .hasMessageContaining("disk full writing r0");
    p.close();
    assertThatThrownBy(() -> p.submit(2)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aWindowSmallerThanTheThreadCount_isRejected() {
    assertThatThrownBy(() -> new OrderedPipeline<Integer, String>(4, 2, () -> i -> "", o -> {}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("window (2)");
  }

  private static List<Integer> range(int n) {
    List<Integer> l = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      l.add(i);
    }
    return l;
  }

  private static List<Long> longs(int n) {
    List<Long> l = new ArrayList<>();
    for (long i = 0; i < n; i++) {
      l.add(i);
    }
    return l;
  }
}
