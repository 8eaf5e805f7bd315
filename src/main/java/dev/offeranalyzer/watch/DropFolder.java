package dev.offeranalyzer.watch;

import dev.offeranalyzer.batch.BatchPass;
import dev.offeranalyzer.batch.BatchResult;
import dev.offeranalyzer.batch.Console;
import dev.offeranalyzer.batch.InputFiles;
import dev.offeranalyzer.output.OutputFolder;
import dev.offeranalyzer.output.StateException;
import dev.offeranalyzer.report.summary.ErrorRow;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The drop-folder loop of {@code watch} (SPEC section 10). Every interval it lists the files at the
 * top of the input folder (subfolders, among them {@code processed/} and {@code failed/}, are not
 * entered), skips temporary and lock files and spreadsheets open in an office program, and runs
 * each file that has stopped changing as a batch of its own. After each batch it rewrites {@code
 * summary.xlsx} and moves the file to {@code processed/DAY/} or {@code failed/DAY/} (see {@link
 * FileOutcome}).
 *
 * <p>A file that changed while it was read is not moved: it is read again once it settles, and
 * since results are kept per offer id, the second reading replaces the first. A stop request ends
 * the loop at the next offer; the file being read then stays in the folder and is read again on the
 * next start.
 */
public final class DropFolder {

  private static final Logger LOG = LoggerFactory.getLogger(DropFolder.class);
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  /** Waits between scans; returns early (true) when a stop was requested. */
  @FunctionalInterface
  public interface Sleeper {
    boolean sleep(Duration d) throws InterruptedException;
  }

  /**
   * How the folder is watched.
   *
   * @param interval time between scans
   * @param settle how long a file must stay unchanged before it is read
   */
  public record Options(Path inputDir, Path outputDir, Duration interval, Duration settle) {
    public Options {
      if (interval.isNegative() || interval.isZero()) {
        throw new IllegalArgumentException("the interval must be positive: " + interval);
      }
      if (settle.isNegative()) {
        throw new IllegalArgumentException("the settle time must not be negative: " + settle);
      }
    }
  }

  private final Options options;
  private final BatchPass pass;
  private final OutputFolder folder;
  private final List<Map.Entry<String, String>> assumptions;
  private final Console console;
  private final Clock clock;
  private final Sleeper sleeper;
  private final BooleanSupplier stop;
  private final StabilityDetector detector;
  private final InputMover mover;
  private final Set<String> reportedIgnored = new HashSet<>();
  private boolean listingFailed;
  private Set<String> lastSeen = Set.of();

  public DropFolder(
      Options options,
      BatchPass pass,
      OutputFolder folder,
      List<Map.Entry<String, String>> assumptions,
      Console console,
      Clock clock,
      Sleeper sleeper,
      BooleanSupplier stop) {
    this.options = options;
    this.pass = pass;
    this.folder = folder;
    this.assumptions = List.copyOf(assumptions);
    this.console = console;
    this.clock = clock;
    this.sleeper = sleeper;
    this.stop = stop;
    this.detector = new StabilityDetector(options.settle());
    this.mover = new InputMover(options.inputDir());
  }

  /**
   * Scans until a stop is requested. Writes the summary once at the start, so a folder a killed run
   * left behind shows everything it holds.
   *
   * @return how many files were handled
   */
  public int run() throws IOException, InterruptedException {
    folder.writeSummary(assumptions);
    int handled = 0;
    while (!stop.getAsBoolean()) {
      handled += scanOnce();
      if (stop.getAsBoolean() || sleeper.sleep(options.interval())) {
        break;
      }
    }
    return handled;
  }

  /**
   * One scan: reads every file that has settled.
   *
   * @return how many files were read and moved
   */
  public int scanOnce() throws IOException {
    Map<String, FileState> present;
    try {
      present = list();
    } catch (IOException e) {
      // A network share that drops out for a while must not end the watch.
      LOG.debug("listing {} failed", options.inputDir(), e);
      if (!listingFailed) {
        console.always(
            "cannot look into the drop folder "
                + options.inputDir()
                + " ("
                + e
                + "); trying again every "
                + Durations.format(options.interval()));
        listingFailed = true;
      }
      return 0;
    }
    if (listingFailed) {
      console.always("the drop folder " + options.inputDir() + " can be read again");
      listingFailed = false;
    }
    List<String> ready = detector.scan(present, clock.instant());
    if (!ready.isEmpty() || !present.keySet().equals(lastSeen)) {
      console.detail(
          String.format(
              "scan: %d %s in the folder, %d ready",
              present.size(), present.size() == 1 ? "file" : "files", ready.size()));
      lastSeen = Set.copyOf(present.keySet());
    }
    List<Read> read = new ArrayList<>();
    for (String name : ready) {
      if (stop.getAsBoolean()) {
        break;
      }
      read.add(read(name, present.get(name)));
    }
    if (read.isEmpty()) {
      return 0;
    }
    // Once for every file this scan read, also when a stop came (SPEC section 10, issue 14); the
    // files are moved after it, so a file in processed/ is always in the summary.
    writeSummary();
    int handled = 0;
    for (Read r : read) {
      if (r.outcome() != null && move(r)) {
        handled++;
      }
    }
    return handled;
  }

  /** Rewrites summary.xlsx; a failure is said, and the watch goes on with the next scan. */
  private void writeSummary() {
    try {
      folder.writeSummary(assumptions);
      int ranked = folder.state().offerCount();
      console.info(
          String.format("summary.xlsx: %d %s ranked", ranked, ranked == 1 ? "offer" : "offers"));
    } catch (IOException | java.io.UncheckedIOException | StateException e) {
      LOG.debug("summary.xlsx failed", e);
      console.always(
          "error: "
              + folder.dir().resolve("summary.xlsx")
              + " could not be written ("
              + e.getMessage()
              + "); the previous summary, if any, is left as it was");
    }
  }

  /** The candidate files at the top of the folder and what they look like now. */
  private Map<String, FileState> list() throws IOException {
    Map<String, FileState> found = new TreeMap<>();
    Set<String> names = new HashSet<>();
    List<Path> files;
    try (Stream<Path> s = Files.list(options.inputDir())) {
      files = s.toList();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    files.forEach(p -> names.add(p.getFileName().toString()));
    for (Path p : files) {
      String name = p.getFileName().toString();
      BasicFileAttributes a;
      try {
        a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      } catch (NoSuchFileException e) {
        continue;
      }
      if (!a.isRegularFile()) {
        continue;
      }
      if (OfficeFiles.isTemporary(name)) {
        if (reportedIgnored.add(name)) {
          console.detail("ignored (temporary or lock file): " + name);
        }
        continue;
      }
      if (OfficeFiles.isOpenInOffice(name, names)) {
        if (reportedIgnored.add(name)) {
          console.detail("waiting: " + name + " is open in an office program");
        }
        continue;
      }
      reportedIgnored.remove(name);
      found.put(name, new FileState(a.size(), a.lastModifiedTime().toMillis()));
    }
    return found;
  }

  /** Reads one settled file and moves it; false when it stays for another try. */
  /**
   * A file this scan read: its outcome, or null when it stays in the folder (a stop came while it
   * was read).
   */
  private record Read(String name, Path file, FileState settled, FileOutcome outcome) {}

  /** Reads one settled file: its reports, state and email, not yet the summary or the move. */
  private Read read(String name, FileState settled) throws IOException {
    Path file = options.inputDir().resolve(name);
    String ext = extension(name);
    FileOutcome outcome;
    BatchResult result = null;
    if (!InputFiles.READ.contains(ext) && !InputFiles.REFUSED.contains(ext)) {
      outcome = FileOutcome.notAnOffersFile(name, now());
    } else {
      try {
        // The same pass as run: reports, state, summary, email, one outcome.
        BatchPass.Outcome passed = pass.run(List.of(file));
        passed.closingLine().ifPresent(line -> console.always(name + ": " + line));
        result = passed.result();
      } catch (RuntimeException e) {
        LOG.error("reading {} failed", file, e);
        result = internalError(name, e);
        folder.putErrors(List.of(file), result.errors());
      }
      if (result.stopped()) {
        console.always(
            name
                + ": stopped after "
                + result.reported().size()
                + " offers; it stays in the folder and is read again on the next start");
        return new Read(name, file, settled, null);
      }
      outcome = FileOutcome.of(name, result, now());
    }
    return new Read(name, file, settled, outcome);
  }

  /** Moves a file read, once the summary holds it; false when it stays for another try. */
  private boolean move(Read read) {
    String name = read.name();
    Path file = read.file();
    FileState settled = read.settled();
    FileOutcome outcome = read.outcome();
    FileState after = state(file);
    if (after == null) {
      console.always(name + ": it was removed from the folder while it was read");
      return false;
    }
    if (!settled.equals(after)) {
      detector.retry(name);
      console.always(
          name + ": it changed while it was read; it will be read again once it stops changing");
      return false;
    }
    Path moved;
    try {
      moved = mover.move(file, outcome.destination(), LocalDate.now(clock), outcome.note());
    } catch (IOException e) {
      LOG.debug("move of {} failed", file, e);
      console.always(
          name
              + ": read, but it could not be moved to "
              + outcome.destination().folder()
              + "/ ("
              + e.getMessage()
              + "); it is not read again until it changes");
      return false;
    }
    String where = options.inputDir().relativize(moved).toString();
    String line = name + ": " + outcome.summary() + " -> " + where;
    if (outcome.destination() == InputMover.Destination.FAILED) {
      console.always(line);
    } else {
      console.info(line);
    }
    return true;
  }

  /** A file whose reading failed on a fault of this tool: it goes to failed/ with the reason. */
  private static BatchResult internalError(String name, RuntimeException e) {
    ErrorRow error =
        new ErrorRow(
            name,
            null,
            null,
            null,
            null,
            "could not be read because of an internal error ("
                + e.getClass().getSimpleName()
                + (e.getMessage() == null ? "" : ": " + e.getMessage())
                + "); please send this file to support");
    return new BatchResult(List.of(), List.of(error), 1, 1);
  }

  private static FileState state(Path file) {
    try {
      BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
      return new FileState(a.size(), a.lastModifiedTime().toMillis());
    } catch (IOException e) {
      return null;
    }
  }

  private String now() {
    return LocalDateTime.now(clock).format(STAMP);
  }

  private static String extension(String name) {
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }
}
