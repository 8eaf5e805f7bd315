package dev.offeranalyzer.app;

import com.sun.management.GarbageCollectionNotificationInfo;
import dev.offeranalyzer.batch.BatchPass;
import dev.offeranalyzer.batch.Console;
import dev.offeranalyzer.output.OutputFolder;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code bench}: generates synthetic offers and runs them through the same pass as {@code run}
 * (read, analyse, record, PDF, state, outbox, summary.xlsx; never sent), printing offers per
 * second, the median time between two written reports once warm, the cost of each stage, the peak
 * heap, the largest heap left after a collection and the peak RSS; {@code --threads} applies as in
 * {@code run}. Run with {@code -Xmx1g} to check the memory target (SPEC section 11).
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description =
        "Benchmarks the whole run on generated offers (offers/s, ms per report, stages, memory).")
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

  @Option(names = "--xlsx", description = "Generate one .xlsx workbook instead of a CSV file.")
  boolean xlsx;

  @Option(
      names = "--input-only",
      description =
          "Only write the generated offers into the --keep folder (to time `run` on them).")
  boolean inputOnly;

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
    Path input = work.resolve(xlsx ? "bench-offers.xlsx" : "bench-offers.csv");
    Path output = work.resolve("reports");
    generate(input, offers, seed);
    PrintStream out = System.out;
    out.printf("bench: %,d offers generated in %s%n", offers, input);
    if (inputOnly) {
      return Main.OK;
    }

    GcWatcher afterGc = GcWatcher.start();
    Wiring wiring;
    try {
      wiring = Wiring.create(common);
      Wiring.prepareOutput(output);
    } catch (UsageException e) {
      System.err.println("error: " + e.getMessage());
      return Main.USAGE;
    }
    Wiring.Stages stages = wiring.stages();
    Console quiet =
        new Console(new PrintStream(PrintStream.nullOutputStream()), true, false, false, false);
    long start = System.nanoTime();
    BatchPass.Outcome outcome;
    try (OutputFolder folder = OutputFolder.open(output, wiring.clock())) {
      outcome = wiring.pass(quiet, folder, "bench", () -> false).run(List.of(input));
    }
    long end = System.nanoTime();
    BatchPass.Timing t = outcome.timing();

    double seconds = (end - start) / 1e9;
    int reported = outcome.result().reported().size();
    long[] warm = warm(stages.writtenGaps());
    double medianMs = warm.length == 0 ? 0 : median(warm) / 1e6;
    out.printf(
        "bench: %,d offers reported, %,d rejected in %.2f s on %d thread(s) (batch %.2f s,"
            + " summary.xlsx %.2f s, outbox %.2f s); %s%n",
        reported,
        outcome.result().errors().size(),
        seconds,
        common.threads,
        t.batch() / 1e9,
        t.summary() / 1e9,
        t.delivery() / 1e9,
        outcome.delivery() == null ? "no email" : outcome.delivery().summaryLine());
    int n = Math.max(1, reported);
    out.printf(
        "bench: per offer, summed over threads: read %.2f ms, analyse %.2f ms, report model %.2f"
            + " ms, PDF %.2f ms, state %.2f ms, email %.2f ms, summary %.2f ms%n",
        stages.read.sum() / 1e6 / n,
        stages.analyse.sum() / 1e6 / n,
        stages.model.sum() / 1e6 / n,
        stages.pdf.sum() / 1e6 / n,
        (stages.state.sum() + t.record() - stages.email.sum()) / 1e6 / n,
        (stages.email.sum() + t.delivery()) / 1e6 / n,
        t.summary() / 1e6 / n);
    out.printf(
        "bench: %.1f offers/s, %.2f ms per offer wall; median %.2f ms between two reports once"
            + " warm%n",
        reported / seconds, seconds * 1000 / n, medianMs);
    out.printf(
        "bench: peak heap used %.1f MiB, largest heap after a collection %.1f MiB (max heap %.0f"
            + " MiB); peak RSS %s%n",
        heapPeak() / 1048576.0,
        afterGc.largest() / 1048576.0,
        Runtime.getRuntime().maxMemory() / 1048576.0,
        peakRss());
    if (keep == null) {
      deleteTree(work);
    }
    return outcome.exitCode();
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
  private static long[] warm(long[] nanos) {
    int n = nanos.length;
    int skip = n / 10;
    long[] w = Arrays.copyOfRange(nanos, skip, n);
    Arrays.sort(w);
    return w;
  }

  private static double median(long[] sorted) {
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
  }

  private static final String[] HEADER = {
    "offer_id",
    "candidate",
    "email",
    "company",
    "level",
    "location",
    "base_salary",
    "sign_on_year1",
    "sign_on_year2",
    "rsu_value",
    "rsu_shares",
    "stock_price",
    "stock_growth",
    "unvested_equity",
    "walk_away",
    "offer_date",
    "start_date",
    "decision_deadline",
    "work_mode"
  };

  /** Writes {@code n} plausible offers to a CSV file or, for a {@code .xlsx} name, a workbook. */
  static void generate(Path file, int n, long seed) throws IOException {
    Random r = new Random(seed);
    if (file.getFileName().toString().endsWith(".xlsx")) {
      try (SXSSFWorkbook wb = new SXSSFWorkbook(100);
          OutputStream out = Files.newOutputStream(file)) {
        var sheet = wb.createSheet("Offers");
        for (int i = -1; i < n; i++) {
          String[] values = i < 0 ? HEADER : row(r, i);
          var row = sheet.createRow(i + 1);
          for (int c = 0; c < values.length; c++) {
            if (values[c].isEmpty()) {
              continue;
            }
            boolean number = i >= 0 && values[c].matches("\\d+");
            if (number) {
              row.createCell(c).setCellValue(Double.parseDouble(values[c]));
            } else {
              row.createCell(c).setCellValue(values[c]);
            }
          }
        }
        wb.write(out);
        wb.dispose();
      }
      return;
    }
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write(String.join(",", HEADER));
      w.write('\n');
      for (int i = 0; i < n; i++) {
        w.write(String.join(",", row(r, i)));
        w.write('\n');
      }
    }
  }

  /** One plausible offer; about one candidate in four has a second offer. */
  private static String[] row(Random r, int i) {
    boolean l7 = r.nextInt(4) == 0;
    int base = (l7 ? 250_000 : 170_000) + r.nextInt(l7 ? 100_000 : 50_000);
    int sign1 = 50_000 + r.nextInt(150_000);
    int sign2 = r.nextInt(sign1);
    boolean shares = r.nextInt(5) == 0;
    int grant = (l7 ? 800_000 : 300_000) + r.nextInt(l7 ? 700_000 : 250_000);
    int candidate = i - (i % 4 == 3 ? 1 : 0);
    return new String[] {
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
      "hybrid"
    };
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted((a, b) -> b.compareTo(a)).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  /**
   * The largest heap in use just after a garbage collection, over every collection of the run: an
   * upper bound of the live set (a young collection leaves old garbage counted).
   */
  private static final class GcWatcher {
    private final AtomicLong largest = new AtomicLong();

    static GcWatcher start() {
      GcWatcher w = new GcWatcher();
      for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
        if (gc instanceof NotificationEmitter emitter) {
          emitter.addNotificationListener(
              (notification, handback) -> {
                if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(
                    notification.getType())) {
                  GarbageCollectionNotificationInfo info =
                      GarbageCollectionNotificationInfo.from(
                          (CompositeData) notification.getUserData());
                  long used = 0;
                  for (var pool : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
                    if (HeapPools.NAMES.contains(pool.getKey())) {
                      used += pool.getValue().getUsed();
                    }
                  }
                  w.largest.accumulateAndGet(used, Math::max);
                }
              },
              null,
              null);
        }
      }
      return w;
    }

    long largest() {
      return largest.get();
    }
  }

  /**
   * The names of the heap's memory pools, looked up on first use: picocli creates every command
   * when any command runs, and the management beans cost a cold {@code run} about 60 classes.
   */
  private static final class HeapPools {
    static final java.util.Set<String> NAMES =
        ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP)
            .map(MemoryPoolMXBean::getName)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
  }
}
