package dev.offeranalyzer.watch;

import dev.offeranalyzer.batch.Batch;
import dev.offeranalyzer.files.AtomicFiles;
import dev.offeranalyzer.report.summary.ErrorRow;
import dev.offeranalyzer.report.summary.FindingRow;
import dev.offeranalyzer.report.summary.SummaryData;
import dev.offeranalyzer.report.summary.SummaryRow;
import dev.offeranalyzer.rules.Analysis;
import dev.offeranalyzer.watch.JournalCodec.Entry;
import dev.offeranalyzer.watch.JournalCodec.FileErrors;
import dev.offeranalyzer.watch.JournalCodec.OfferEntry;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What has been reported into one output folder, kept between runs so {@code summary.xlsx} ranks
 * every offer ever reported there (the latest result per offer id) and a rerun replaces rather than
 * duplicates. Shared by {@code run} and {@code watch}; open it only while holding the folder's
 * {@link OutputLock}.
 *
 * <p>Storage: an append-only journal, {@code .offer-analyzer/results.journal}, one checksummed line
 * per result (see {@link JournalCodec}). A later line for the same offer id wins. Opening the store
 * reads the journal once; when it holds a damaged line (a run killed mid-write), does not end with
 * a line break, or holds more superseded lines than live ones, it is rewritten with only the live
 * lines, under a temporary name renamed into place. Appends go to the operating system at once, so
 * a killed process loses nothing already reported; {@link #flush()} also forces them to disk.
 *
 * <p>Errors sheet across runs: for every input file name read into this folder, the problems of its
 * latest reading; reading a file again without problems clears its entry.
 */
public final class ResultsStore implements Batch.ResultSink, AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(ResultsStore.class);

  static final String JOURNAL = "results.journal";

  private final Path journal;
  private final Map<String, OfferEntry> offers;
  private final Map<String, List<ErrorRow>> errorsByFile;
  private final Map<String, String> texts = new HashMap<>();
  private OutputStream out;
  private long lines;

  private ResultsStore(
      Path journal, Map<String, OfferEntry> offers, Map<String, List<ErrorRow>> errorsByFile) {
    this.journal = journal;
    this.offers = offers;
    this.errorsByFile = errorsByFile;
  }

  /**
   * Opens (or creates) the store of {@code outputDir}, compacting its journal when needed.
   *
   * @throws IOException when the journal cannot be read or written
   */
  public static ResultsStore open(Path outputDir) throws IOException {
    Path dir = outputDir.resolve(OutputLock.STATE_DIR);
    Files.createDirectories(dir);
    Path journal = dir.resolve(JOURNAL);
    Map<String, OfferEntry> offers = new LinkedHashMap<>();
    Map<String, List<ErrorRow>> errors = new LinkedHashMap<>();
    ResultsStore store = new ResultsStore(journal, offers, errors);
    boolean rewrite = !Files.exists(journal);
    if (!rewrite) {
      Loaded loaded = store.load();
      store.lines = loaded.lines;
      rewrite =
          loaded.damaged > 0
              || !loaded.headerOk
              || !loaded.endsWithNewline
              || store.mostlySuperseded();
      if (loaded.damaged > 0) {
        LOG.warn("{}: skipped {} damaged line(s)", journal, loaded.damaged);
      }
    }
    if (rewrite) {
      store.compact();
    }
    store.openForAppend();
    return store;
  }

  private void openForAppend() throws IOException {
    out = Files.newOutputStream(journal, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
  }

  /** True when most lines of the journal are results replaced by later ones. */
  private boolean mostlySuperseded() {
    return lines > 2L * (offers.size() + errorsByFile.size()) + 100;
  }

  /** Records one reported offer (the {@link Batch.ResultSink} side). */
  @Override
  public void accept(Analysis analysis, SummaryRow row, List<FindingRow> findings, Path pdf) {
    try {
      put(row, findings);
    } catch (IOException e) {
      throw new UncheckedIOException(journal + ": cannot record the result", e);
    }
  }

  /** Records the latest result of {@code row.offerId()}, replacing any earlier one. */
  public synchronized void put(SummaryRow row, List<FindingRow> findings) throws IOException {
    OfferEntry e = new OfferEntry(row, findings);
    append(e);
    offers.put(row.offerId(), e);
  }

  /**
   * Records the problems of the input files just read: each file's earlier problems are replaced by
   * this reading's (none clears them). An error is filed under the input whose name it carries;
   * errors naming no file of {@code inputs} are filed under the name they carry.
   *
   * @param inputs the input files of the batch just run
   * @param errors every error of that batch
   */
  public synchronized void putErrors(Collection<Path> inputs, List<ErrorRow> errors)
      throws IOException {
    Map<String, List<ErrorRow>> byFile = new LinkedHashMap<>();
    for (Path p : inputs) {
      byFile.put(p.getFileName().toString(), new ArrayList<>());
    }
    for (ErrorRow e : errors) {
      String key = fileKey(e.file(), byFile.keySet());
      byFile.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
    }
    for (Map.Entry<String, List<ErrorRow>> f : byFile.entrySet()) {
      FileErrors fe = new FileErrors(f.getKey(), f.getValue());
      append(fe);
      errorsByFile.remove(fe.file());
      if (!fe.errors().isEmpty()) {
        errorsByFile.put(fe.file(), fe.errors());
      }
    }
  }

  /** The input name an error belongs to: the one it names, also when it names it with a folder. */
  static String fileKey(String errorFile, Collection<String> inputNames) {
    if (errorFile == null) {
      return "";
    }
    for (String name : inputNames) {
      if (errorFile.equals(name)
          || errorFile.endsWith("/" + name)
          || errorFile.endsWith("\\" + name)) {
        return name;
      }
    }
    return errorFile;
  }

  /** How many offers the store holds. */
  public synchronized int size() {
    return offers.size();
  }

  /** The latest summary row of {@code offerId}, if it was ever reported here. */
  public synchronized Optional<SummaryRow> row(String offerId) {
    OfferEntry e = offers.get(offerId);
    return e == null ? Optional.empty() : Optional.of(e.row());
  }

  /**
   * Everything {@code summary.xlsx} shows: every offer ever reported into the folder (latest per
   * offer id), their findings in ranking order, and the latest errors of every input file.
   */
  public synchronized SummaryData summary(List<Map.Entry<String, String>> assumptions) {
    List<OfferEntry> ranked = new ArrayList<>(offers.values());
    ranked.sort((a, b) -> SummaryRow.RANKING.compare(a.row(), b.row()));
    List<SummaryRow> rows = new ArrayList<>(ranked.size());
    List<FindingRow> findings = new ArrayList<>();
    for (OfferEntry e : ranked) {
      rows.add(e.row());
      findings.addAll(e.findings());
    }
    List<ErrorRow> errors = new ArrayList<>();
    errorsByFile.values().forEach(errors::addAll);
    return new SummaryData(rows, findings, errors, assumptions);
  }

  /**
   * Forces every recorded result to disk. A journal that has grown mostly out of date (a long
   * {@code watch} that saw the same offers many times) is compacted here too.
   */
  public synchronized void flush() throws IOException {
    if (out == null) {
      return;
    }
    out.flush();
    if (mostlySuperseded()) {
      out.close();
      out = null;
      compact();
      openForAppend();
      return;
    }
    try (FileChannel ch = FileChannel.open(journal, StandardOpenOption.WRITE)) {
      ch.force(false);
    }
  }

  @Override
  public synchronized void close() throws IOException {
    if (out != null) {
      try {
        flush();
      } finally {
        out.close();
        out = null;
      }
    }
  }

  private void append(Entry e) throws IOException {
    if (out == null) {
      throw new IOException(journal + ": the results store is closed");
    }
    // One write call per line: a killed process leaves at most one damaged line, at the end.
    out.write((JournalCodec.encode(e) + "\n").getBytes(StandardCharsets.UTF_8));
    lines++;
  }

  private record Loaded(long lines, long damaged, boolean headerOk, boolean endsWithNewline) {}

  private Loaded load() throws IOException {
    long lines = 0;
    long damaged = 0;
    boolean headerOk = false;
    var decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(Files.newInputStream(journal), decoder), 1 << 16)) {
      String line = in.readLine();
      headerOk = JournalCodec.HEADER.equals(line);
      if (line != null && !headerOk) {
        damaged++;
      }
      while ((line = in.readLine()) != null) {
        lines++;
        Optional<Entry> e = JournalCodec.decode(line, this::shared);
        if (e.isEmpty()) {
          damaged++;
        } else if (e.get() instanceof OfferEntry o) {
          offers.remove(o.row().offerId());
          offers.put(o.row().offerId(), o);
        } else if (e.get() instanceof FileErrors f) {
          errorsByFile.remove(f.file());
          if (!f.errors().isEmpty()) {
            errorsByFile.put(f.file(), f.errors());
          }
        }
      }
    }
    return new Loaded(lines, damaged, headerOk, endsWithNewline(journal));
  }

  private static boolean endsWithNewline(Path file) throws IOException {
    try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
      long size = raf.length();
      if (size == 0) {
        return false;
      }
      raf.seek(size - 1);
      return raf.read() == '\n';
    }
  }

  /** Rewrites the journal with only the live lines, atomically. */
  private void compact() throws IOException {
    AtomicFiles.write(
        journal,
        o -> {
          Writer w = new BufferedWriter(new OutputStreamWriter(o, StandardCharsets.UTF_8), 1 << 16);
          w.write(JournalCodec.HEADER + "\n");
          for (OfferEntry e : offers.values()) {
            w.write(JournalCodec.encode(e) + "\n");
          }
          for (Map.Entry<String, List<ErrorRow>> e : errorsByFile.entrySet()) {
            w.write(JournalCodec.encode(new FileErrors(e.getKey(), e.getValue())) + "\n");
          }
          w.flush();
        });
    lines = offers.size() + errorsByFile.size();
  }

  /** Shares equal strings that repeat across many offers. */
  private String shared(String s) {
    if (s == null) {
      return null;
    }
    String known = texts.putIfAbsent(s, s);
    return known == null ? s : known;
  }
}
