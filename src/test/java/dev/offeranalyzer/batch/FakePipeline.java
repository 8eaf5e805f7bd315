package dev.offeranalyzer.batch;

import dev.offeranalyzer.engine.Compensation;
import dev.offeranalyzer.engine.CompensationEngine;
import dev.offeranalyzer.offer.Money;
import dev.offeranalyzer.offer.Offer;
import dev.offeranalyzer.offer.SourceRef;
import dev.offeranalyzer.report.summary.ErrorRow;
import dev.offeranalyzer.rules.Analysis;
import dev.offeranalyzer.rules.Approval;
import dev.offeranalyzer.rules.CounterOfferPlan;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A batch without the real readers, rules and PDF renderer, for tests of what surrounds a batch.
 * Its input format: one offer per line, {@code id,candidate,base}; a line {@code bad} is a rejected
 * row; a file whose first line is {@code corrupt} cannot be read at all. A report is the text
 * {@code %PDF fake <id>}.
 */
public final class FakePipeline {

  private final ByteArrayOutputStream console = new ByteArrayOutputStream();
  private final List<String> rendered = new ArrayList<>();

  private String failing;
  private String full;

  public Batch batch() {
    return new Batch(FakePipeline::read, FakePipeline::analyse, this::render, newConsole());
  }

  /**
   * A batch rendering on {@code threads} threads, a renderer each; the report of {@code failingId}
   * (may be null) throws.
   */
  public Batch batch(int threads, String failingId) {
    this.failing = failingId;
    return new Batch(
        FakePipeline::read, FakePipeline::analyse, () -> this::render, threads, newConsole());
  }

  /**
   * A batch rendering on {@code threads} threads whose output fills up at {@code fullId}: that
   * report fails with "No space left on device" once three more reports are rendered.
   */
  public Batch batchFullAt(int threads, String fullId) {
    this.full = fullId;
    return batch(threads, null);
  }

  private Console newConsole() {
    return new Console(
        new PrintStream(console, true, StandardCharsets.UTF_8), false, true, false, true);
  }

  /** What the batch printed. */
  public String console() {
    return console.toString(StandardCharsets.UTF_8);
  }

  /** Offer ids in the order their reports were written. */
  public synchronized List<String> rendered() {
    return List.copyOf(rendered);
  }

  private synchronized List<String> render(Analysis a, java.io.OutputStream out)
      throws IOException {
    if (a.offer().offerId().equals(failing)) {
      throw new IllegalStateException("the renderer broke on " + failing);
    }
    if (a.offer().offerId().equals(full)) {
      // Fails only once the other threads have rendered three more reports (at most 10 s);
      // each render wakes this wait (notifyAll below).
      int before = rendered.size();
      long deadline = System.currentTimeMillis() + 10_000;
      try {
        for (long left = 10_000; rendered.size() < before + 3 && left > 0; ) {
          wait(left);
          left = deadline - System.currentTimeMillis();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      throw new IOException("No space left on device");
    }
    out.write(("%PDF fake " + a.offer().offerId()).getBytes(StandardCharsets.UTF_8));
    rendered.add(a.offer().offerId());
    notifyAll();
    return List.of();
  }

  static FileReport read(Path file, Consumer<Offer> offers) {
    String name = file.getFileName().toString();
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return failed(name, "cannot be read: " + e.getMessage());
    }
    if (!lines.isEmpty() && lines.get(0).equals("corrupt")) {
      return failed(name, "is not a spreadsheet this tool can read");
    }
    List<ErrorRow> problems = new ArrayList<>();
    int read = 0;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty()) {
        continue;
      }
      String[] f = line.split(",");
      if (f.length != 3) {
        problems.add(new ErrorRow(name, null, i + 1, null, null, "is not id,candidate,base"));
        continue;
      }
      offers.accept(offer(f[0], f[1], Money.of(f[2]), new SourceRef(name, null, i + 1)));
      read++;
    }
    return new FileReport(name, read, problems.size(), problems, List.of(), false);
  }

  private static FileReport failed(String name, String why) {
    return new FileReport(
        name, 0, 0, List.of(new ErrorRow(name, null, null, null, null, why)), List.of(), true);
  }

  public static Offer offer(String id, String candidate, Money base, SourceRef source) {
    return Offer.builder()
        .offerId(id)
        .candidate(candidate)
        .baseSalary(base)
        .rsuValue(Money.of(100_000))
        .source(source)
        .build();
  }

  static List<Analysis> analyse(List<Offer> offers) {
    CompensationEngine engine = new CompensationEngine();
    List<Analysis> out = new ArrayList<>();
    for (Offer o : offers) {
      Compensation c = engine.compute(o);
      CounterOfferPlan plan =
          new CounterOfferPlan(
              List.of(),
              List.of(),
              List.of(),
              o,
              c,
              Money.ZERO,
              BigDecimal.ZERO,
              Approval.RECRUITER,
              false);
      out.add(new Analysis(o, c, null, List.of(), plan, List.of(), List.of()));
    }
    return out;
  }
}
