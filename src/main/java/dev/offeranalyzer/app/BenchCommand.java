package dev.offeranalyzer.app;

import dev.offeranalyzer.batch.Batch;
import dev.offeranalyzer.batch.BatchResult;
import dev.offeranalyzer.batch.Console;
import dev.offeranalyzer.delivery.DeliveryReport;
import dev.offeranalyzer.delivery.ReportMail;
import dev.offeranalyzer.files.AtomicFiles;
import dev.offeranalyzer.report.summary.FindingRow;
import dev.offeranalyzer.report.summary.SummaryData;
import dev.offeranalyzer.report.summary.SummaryWorkbook;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code bench}: generates synthetic offers and runs the whole batch on them, printing offers per
 * second, the median time per report, the cost of each stage, the peak heap and RSS; {@code
 * --threads} applies as in {@code run}, and the outbox is written as {@code run} writes it (never
 * sent). Run with {@code -Xmx1g} to check the memory target (SPEC section 11).
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description =
        "Benchmarks the whole batch on generated offers (offers/s, ms per report, peak heap).")
public final class BenchCommand implements Callable<Integer> {

  private static final String[] CITIES = {"Seattle", "Bay Area", "NYC", "Austin", "Denver"};

  @Option(
      names = {"-n", "--offers"},
      defaultValue = "1000",
      description = "Offers to generate (default ${DEFAULT-VALUE}).")
  int offers;

  @Option(
      names = "--seed",
      defaultValue = "42",
      description = "Random seed (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--no-pdf",
      description = "Skip the PDF reports (intake, engine, rules and summary only).")
  boolean noPdf;

  @Option(
      names = "--keep",
      paramLabel = "DIR",
      description = "Keep the generated input and output in DIR.")
  Path keep;

  @Mixin CommonOptions common;

  @Override
  public Integer call() throws Exception {
    common.applyLogging();
    Path work =
        keep != null ? Files.createDirectories(keep) : Files.createTempDirectory("offer-bench");
    Path input = work.resolve("bench-offers.csv");
    Path output = Files.createDirectories(work.resolve("reports"));
    generate(input, offers, seed);
    PrintStream out = System.out;
    out.printf("bench: %,d offers generated in %s%n", offers, input);

    HeapSampler sampler = new HeapSampler();
    sampler.start();
    Wiring wiring;
    try {
      wiring = Wiring.create(common);
    } catch (UsageException e) {
      System.err.println("error: " + e.getMessage());
      return Main.USAGE;
    }
    Wiring.Stages stages = wiring.stages();
    List<ReportMail> mails = new ArrayList<>();
    long[] emailNanos = {0};
    Console quiet =
        new Console(new PrintStream(PrintStream.nullOutputStream()), true, false, false, false);
    Batch batch =
        noPdf ? wiring.batch(quiet, (analysis, stream) -> List.of()) : wiring.batch(quiet);
    List<FindingRow> findings = new ArrayList<>();
    long[] perOfferNanos = new long[offers];
    AtomicLong last = new AtomicLong();
    int[] count = {0};
    long start = System.nanoTime();
    last.set(start);
    BatchResult result =
        batch.run(
            List.of(input),
            output,
            (a, row, f, pdf) -> {
              findings.addAll(f);
              long mailStart = System.nanoTime();
              wiring.reportMail(a, pdf).ifPresent(mails::add);
              emailNanos[0] += System.nanoTime() - mailStart;
              long now = System.nanoTime();
              if (count[0] < perOfferNanos.length) {
                perOfferNanos[count[0]++] = now - last.getAndSet(now);
              }
            });
    long batchEnd = System.nanoTime();
    // The outbox, as run writes it (never sent from the benchmark).
    DeliveryReport delivery;
    try (dev.offeranalyzer.output.StateStore ledger =
        dev.offeranalyzer.output.StateStore.open(output.resolve(".offer-analyzer"))) {
      delivery = wiring.mailer().deliver(output, ledger, mails);
    }
    long outboxEnd = System.nanoTime();
    emailNanos[0] += outboxEnd - batchEnd;
    SummaryData data =
        new SummaryData(result.reported(), findings, result.errors(), wiring.assumptions());
    AtomicFiles.write(output.resolve("summary.xlsx"), o -> new SummaryWorkbook().write(data, o));
    long end = System.nanoTime();
    sampler.stop();

    double seconds = (end - start) / 1e9;
    long[] warm = warm(perOfferNanos, count[0]);
    double medianMs = warm.length == 0 ? 0 : median(warm) / 1e6;
    out.printf(
        "bench: %,d offers reported, %,d rejected in %.2f s on %d thread(s)"
            + " (batch %.2f s, outbox %.2f s, summary %.2f s); %s%n",
        result.reported().size(),
        result.errors().size(),
        seconds,
        common.threads,
        (batchEnd - start) / 1e9,
        (outboxEnd - batchEnd) / 1e9,
        (end - outboxEnd) / 1e9,
        delivery.summaryLine());
    int n = Math.max(1, result.reported().size());
    out.printf(
        "bench: per offer, summed over threads: read %.2f ms, analyse %.2f ms, report model %.2f"
            + " ms, PDF %.2f ms, email %.2f ms, summary %.2f ms%n",
        stages.read.sum() / 1e6 / n,
        stages.analyse.sum() / 1e6 / n,
        stages.model.sum() / 1e6 / n,
        stages.pdf.sum() / 1e6 / n,
        (stages.email.sum() + emailNanos[0]) / 1e6 / n,
        (end - outboxEnd) / 1e6 / n);
    out.printf(
        "bench: %.1f offers/s; median %.2f ms per offer%s once warm%n",
        result.reported().size() / seconds, medianMs, noPdf ? " (no PDF)" : " (PDF included)");
    out.printf(
        "bench: peak heap used %.1f MiB (sampled %.1f MiB, max heap %.0f MiB); peak RSS %s%n",
        heapPeak() / 1048576.0,
        sampler.peak() / 1048576.0,
        Runtime.getRuntime().maxMemory() / 1048576.0,
        peakRss());
    if (keep == null) {
      deleteTree(work);
    }
    return result.exitCode();
  }

  /** The sum of the heap pools' peak usage since the JVM started (MemoryPoolMXBean). */
  static long heapPeak() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }

  /** The peak resident set size (VmHWM of /proc/self/status), or "unknown" off Linux. */
  static String peakRss() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) {
          long kb = Long.parseLong(line.substring(6).trim().split("\\s+")[0]);
          return String.format("%.1f MiB", kb / 1024.0);
        }
      }
    } catch (IOException | RuntimeException e) {
      // not Linux
    }
    return "unknown";
  }

  /** The per-offer times after the first 10% (JIT warm-up), sorted. */
  private static long[] warm(long[] nanos, int n) {
    int skip = n / 10;
    long[] w = Arrays.copyOfRange(nanos, skip, n);
    Arrays.sort(w);
    return w;
  }

  private static double median(long[] sorted) {
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
  }

  /** Writes {@code n} plausible offers to a CSV, streaming. */
  static void generate(Path file, int n, long seed) throws IOException {
    Random r = new Random(seed);
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write(
          "offer_id,candidate,email,company,level,location,base_salary,sign_on_year1,sign_on_year2,"
              + "rsu_value,rsu_shares,stock_price,stock_growth,unvested_equity,walk_away,"
              + "offer_date,start_date,decision_deadline,work_mode\n");
      for (int i = 0; i < n; i++) {
        boolean l7 = r.nextInt(4) == 0;
        int base = (l7 ? 250_000 : 170_000) + r.nextInt(l7 ? 100_000 : 50_000);
        int sign1 = 50_000 + r.nextInt(150_000);
        int sign2 = r.nextInt(sign1);
        boolean shares = r.nextInt(5) == 0;
        int grant = (l7 ? 800_000 : 300_000) + r.nextInt(l7 ? 700_000 : 250_000);
        // About one candidate in four has a second offer.
        int candidate = i - (i % 4 == 3 ? 1 : 0);
        w.write(
            String.join(
                ",",
                "BENCH-" + i,
                "Candidate " + candidate,
                "c" + candidate + "@example.com",
                "Amazon",
                l7 ? "L7" : "L6",
                CITIES[r.nextInt(CITIES.length)],
                Integer.toString(base),
                Integer.toString(sign1),
                Integer.toString(sign2),
                shares ? "" : Integer.toString(grant),
                shares ? Integer.toString(grant / 200) : "",
                shares ? "200" : "",
                (r.nextInt(21) - 5) + "%",
                Integer.toString(r.nextInt(200_000)),
                Integer.toString(base + r.nextInt(150_000)),
                "2026-11-02",
                "2026-12-" + (10 + r.nextInt(18)),
                "2026-11-0" + (3 + r.nextInt(6)),
                "hybrid"));
        w.write('\n');
      }
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted((a, b) -> b.compareTo(a)).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  /** Samples the used heap every few milliseconds and keeps the highest value seen. */
  private static final class HeapSampler {
    private final AtomicLong peak = new AtomicLong();
    private volatile boolean running = true;
    private final Thread thread =
        new Thread(
            () -> {
              Runtime rt = Runtime.getRuntime();
              while (running) {
                peak.accumulateAndGet(rt.totalMemory() - rt.freeMemory(), Math::max);
                try {
                  Thread.sleep(5);
                } catch (InterruptedException e) {
                  return;
                }
              }
            },
            "heap-sampler");

    void start() {
      thread.setDaemon(true);
      thread.start();
    }

    void stop() throws InterruptedException {
      running = false;
      thread.join();
    }

    long peak() {
      return peak.get();
    }
  }
}
