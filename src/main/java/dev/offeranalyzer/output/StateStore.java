package dev.offeranalyzer.output;

import dev.offeranalyzer.delivery.DeliveryState;
import dev.offeranalyzer.delivery.Ledger;
import dev.offeranalyzer.delivery.LedgerEntry;
import dev.offeranalyzer.offer.CandidateKey;
import dev.offeranalyzer.offer.Money;
import dev.offeranalyzer.offer.Percent;
import dev.offeranalyzer.report.model.OfferVersion;
import dev.offeranalyzer.report.summary.ErrorRow;
import dev.offeranalyzer.report.summary.FindingRow;
import dev.offeranalyzer.report.summary.PlanRow;
import dev.offeranalyzer.report.summary.RowDetails;
import dev.offeranalyzer.report.summary.SummaryRow;
import dev.offeranalyzer.tax.TaxYear;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The state of one output folder (SPEC section 15): {@code .offer-analyzer/state.db}, an SQLite
 * database any SQLite client opens. Tables, with domain column names:
 *
 * <ul>
 *   <li>{@code offers}: the latest result per offer id, what {@code summary.xlsx} is built from,
 *       with its {@code findings};
 *   <li>{@code offer_versions}: every version of every offer (input figures and the plan proposed);
 *   <li>{@code input_errors}: the problems of each input file's latest reading (the Errors sheet);
 *   <li>{@code messages}: the email ledger ({@link Ledger});
 *   <li>{@code runs}: one row per run (start, end, counts, exit code).
 * </ul>
 *
 * <p>Amounts are stored as exact decimal text ({@code "185000.00"}), never as floating point. The
 * schema version is {@code PRAGMA user_version}; {@link #MIGRATIONS} takes any older database to
 * the current one, each step in its own transaction. The journal is WAL with {@code
 * synchronous=FULL}: every committed transaction survives a SIGKILL or a power cut, so a killed run
 * loses at most the offer in flight. Every lookup a run makes per offer or per message uses a key
 * or an index.
 *
 * <p>Use it only while holding the folder's lock (see {@link OutputFolder}); one connection, not
 * shared between threads without the store's own synchronisation.
 */
public final class StateStore implements Ledger, AutoCloseable {

  public static final String FILE_NAME = "state.db";

  /**
   * Schema steps: element i takes version i to version i + 1. Version 1 is the first schema; 2 adds
   * the retry timing of the email ledger; 3 the severity of each Errors sheet line (rows stored
   * before it were all errors); 4 the results of SPEC sections 12 to 14 (the 4-year take-home and
   * what is due at filing, the total with refreshers, the close calls, and the tables {@code
   * take_home_years} and {@code plan_tiers} behind the Take-Home and Plans sheets; offers stored
   * before have none until reported again). To add stored results (the take-home columns, a Plans
   * table), append a step: {@code ALTER TABLE offers ADD COLUMN ...} or {@code CREATE TABLE
   * offer_plans (offer_id REFERENCES offers ON DELETE CASCADE, ...)}.
   */
  static final List<List<String>> MIGRATIONS =
      List.of(
          List.of(
              """
              CREATE TABLE offers (
                offer_id TEXT PRIMARY KEY,
                candidate TEXT NOT NULL,
                candidate_key TEXT NOT NULL,
                company TEXT,
                level TEXT,
                location TEXT,
                year1_total TEXT NOT NULL,
                year2_total TEXT NOT NULL,
                year3_total TEXT NOT NULL,
                year4_total TEXT NOT NULL,
                four_year_total TEXT NOT NULL,
                four_year_average TEXT NOT NULL,
                market_position TEXT,
                red_flags INTEGER NOT NULL,
                proposed_four_year_total TEXT NOT NULL,
                ask_percent TEXT NOT NULL,
                approval TEXT NOT NULL,
                report_file TEXT NOT NULL,
                reported_at TEXT NOT NULL)""",
              "CREATE INDEX offers_by_candidate ON offers (candidate_key)",
              """
              CREATE TABLE findings (
                offer_id TEXT NOT NULL REFERENCES offers (offer_id) ON DELETE CASCADE,
                position INTEGER NOT NULL,
                severity TEXT NOT NULL,
                rule TEXT NOT NULL,
                title TEXT,
                figures TEXT,
                advice TEXT,
                PRIMARY KEY (offer_id, position))""",
              """
              CREATE TABLE offer_versions (
                offer_id TEXT NOT NULL,
                version INTEGER NOT NULL,
                seen_on TEXT NOT NULL,
                candidate TEXT NOT NULL,
                inputs TEXT NOT NULL,
                base_salary TEXT NOT NULL,
                sign_on_total TEXT NOT NULL,
                grant_value TEXT NOT NULL,
                annual_bonus_pct TEXT NOT NULL,
                four_year_total TEXT NOT NULL,
                target_base TEXT,
                target_sign_on TEXT,
                target_grant TEXT,
                PRIMARY KEY (offer_id, version))""",
              """
              CREATE TABLE input_errors (
                input_file TEXT NOT NULL,
                position INTEGER NOT NULL,
                file TEXT,
                sheet TEXT,
                row_number INTEGER,
                column_name TEXT,
                value TEXT,
                message TEXT NOT NULL,
                PRIMARY KEY (input_file, position))""",
              """
              CREATE TABLE messages (
                id INTEGER PRIMARY KEY,
                offer_id TEXT NOT NULL,
                recipient TEXT NOT NULL COLLATE NOCASE,
                fingerprint TEXT NOT NULL,
                state TEXT NOT NULL
                  CHECK (state IN ('PENDING', 'SENDING', 'SENT', 'FAILED', 'UNCERTAIN')),
                attempts INTEGER NOT NULL DEFAULT 0,
                last_error TEXT NOT NULL DEFAULT '',
                sent_at TEXT,
                message_id TEXT NOT NULL,
                eml_file TEXT NOT NULL)""",
              "CREATE UNIQUE INDEX messages_by_report ON messages (offer_id, recipient, fingerprint)",
              "CREATE INDEX messages_by_state ON messages (state)",
              "CREATE INDEX messages_unarchived ON messages (id)"
                  + " WHERE state = 'SENT' AND eml_file NOT LIKE 'sent/%'",
              """
              CREATE TABLE runs (
                id INTEGER PRIMARY KEY,
                command TEXT NOT NULL,
                started_at TEXT NOT NULL,
                ended_at TEXT,
                files_read INTEGER,
                offers_reported INTEGER,
                rows_rejected INTEGER,
                emails_sent INTEGER,
                exit_code INTEGER)""",
              """
              CREATE TABLE takeovers (
                legacy_file TEXT PRIMARY KEY,
                taken_at TEXT NOT NULL,
                records INTEGER NOT NULL)"""),
          List.of(
              "ALTER TABLE messages ADD COLUMN first_try_at TEXT",
              "ALTER TABLE messages ADD COLUMN next_try_at TEXT",
              "CREATE INDEX messages_due ON messages (state, next_try_at)"),
          List.of(
              "ALTER TABLE input_errors ADD COLUMN severity TEXT NOT NULL DEFAULT 'ERROR'"
                  + " CHECK (severity IN ('ERROR', 'WARNING', 'NOTE'))"),
          List.of(
              "ALTER TABLE offers ADD COLUMN four_year_take_home TEXT",
              "ALTER TABLE offers ADD COLUMN due_at_filing TEXT",
              "ALTER TABLE offers ADD COLUMN four_year_total_with_refreshers TEXT",
              "ALTER TABLE offers ADD COLUMN close_call TEXT NOT NULL DEFAULT ''",
              """
              CREATE TABLE take_home_years (
                offer_id TEXT NOT NULL REFERENCES offers (offer_id) ON DELETE CASCADE,
                year INTEGER NOT NULL,
                wages TEXT NOT NULL,
                federal TEXT,
                social_security TEXT,
                medicare TEXT,
                state TEXT,
                city TEXT,
                payroll_programs TEXT,
                take_home TEXT NOT NULL,
                withheld TEXT NOT NULL,
                due_at_filing TEXT NOT NULL,
                PRIMARY KEY (offer_id, year))""",
              """
              CREATE TABLE plan_tiers (
                offer_id TEXT NOT NULL REFERENCES offers (offer_id) ON DELETE CASCADE,
                position INTEGER NOT NULL,
                tier TEXT NOT NULL,
                base_target TEXT,
                grant_target TEXT,
                sign_on_target TEXT,
                proposed_total TEXT,
                ask_percent TEXT,
                PRIMARY KEY (offer_id, position))"""));

  /** The schema version this build writes. */
  public static final int SCHEMA_VERSION = MIGRATIONS.size();

  private static final String OFFER_COLUMNS =
      "offer_id, candidate, company, level, location, year1_total, year2_total, year3_total,"
          + " year4_total, four_year_total, four_year_average, market_position, red_flags,"
          + " proposed_four_year_total, ask_percent, approval, report_file,"
          + " four_year_total_with_refreshers, close_call, four_year_take_home, due_at_filing";
  private static final String INSERT_OFFER =
      "INSERT INTO offers ("
          + OFFER_COLUMNS
          + ", candidate_key, reported_at)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
  private static final String MESSAGE_COLUMNS =
      "id, offer_id, recipient, fingerprint, state, attempts, first_try_at, next_try_at,"
          + " last_error, sent_at, message_id, eml_file";

  private final Path file;
  private final Connection db;
  private final Map<String, PreparedStatement> statements = new HashMap<>();
  // What changed since the summary last asked (takeChanges); everything, before it first asks,
  // so the ids are noted only once it has asked (a run that never asks keeps none).
  private boolean tracking;
  private Set<String> changedOffers = new HashSet<>();
  private Set<Long> changedMessages = new HashSet<>();
  private boolean allMessagesChanged = true;
  private boolean everythingChanged = true;

  private StateStore(Path file, Connection db) {
    this.file = file;
    this.db = db;
  }

  /**
   * Opens (creating when absent) the store in {@code stateDir} and brings its schema up to {@link
   * #SCHEMA_VERSION}.
   *
   * @throws IOException when the database cannot be opened, is newer than this build, or a
   *     migration fails (nothing of a failed step is kept)
   */
  public static StateStore open(Path stateDir) throws IOException {
    return open(stateDir, SCHEMA_VERSION);
  }

  /** Opens the store migrated up to {@code version} only (tests of a schema upgrade). */
  static StateStore open(Path stateDir, int version) throws IOException {
    Files.createDirectories(stateDir);
    Path file = stateDir.resolve(FILE_NAME);
    Connection db;
    SqliteLibrary.useKeptCopy();
    try {
      db = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
    } catch (SQLException e) {
      throw new IOException(file + ": cannot open the state database (" + e.getMessage() + ")", e);
    }
    StateStore store = new StateStore(file, db);
    try {
      try (Statement s = db.createStatement()) {
        s.execute("PRAGMA busy_timeout = 5000");
        s.execute("PRAGMA journal_mode = WAL");
        s.execute("PRAGMA synchronous = FULL");
        s.execute("PRAGMA foreign_keys = ON");
      }
      store.migrate(version);
      return store;
    } catch (SQLException | RuntimeException e) {
      store.closeQuietly();
      throw new IOException(file + ": cannot use the state database (" + e.getMessage() + ")", e);
    }
  }

  /** The database file. */
  public Path file() {
    return file;
  }

  /** The schema version the database is at. */
  public int schemaVersion() throws SQLException {
    try (Statement s = db.createStatement();
        ResultSet rs = s.executeQuery("PRAGMA user_version")) {
      return rs.next() ? rs.getInt(1) : 0;
    }
  }

  private void migrate(int target) throws SQLException {
    int at = schemaVersion();
    if (at > MIGRATIONS.size()) {
      throw new SQLException(
          "the database has schema version "
              + at
              + ", newer than this version of the tool knows ("
              + MIGRATIONS.size()
              + "); use the newer tool on this folder");
    }
    for (int v = at; v < target; v++) {
      int step = v;
      inTransaction(
          () -> {
            try (Statement s = db.createStatement()) {
              for (String sql : MIGRATIONS.get(step)) {
                s.execute(sql);
              }
              s.execute("PRAGMA user_version = " + (step + 1));
            }
          });
    }
  }

  /** Work that runs inside one transaction. */
  interface Work {
    void run() throws SQLException;
  }

  /** A group of transactions commits after this many of them at most (see {@link #beginGroup}). */
  static final int GROUP_UNITS = 500;

  /** ... or once its first transaction is this old, in milliseconds. */
  static final long GROUP_MILLIS = 1000;

  private int groupLimitUnits = GROUP_UNITS;
  private long groupLimitNanos = GROUP_MILLIS * 1_000_000;
  private boolean grouping;
  private int groupDepth;
  private int groupUnits;
  private long groupStart;

  /**
   * From now until {@link #endGroup}, transactions share one SQLite commit (one sync of the disk)
   * per {@value #GROUP_UNITS} of them or per second, whichever comes first. Each one is still kept
   * or dropped whole (a savepoint); a kill loses at most the last second of results, which the
   * rerun writes again. Used while a batch records its offers and while drafts are written; never
   * while messages are sent, whose ledger changes must each be on disk before the server is spoken
   * to.
   */
  public synchronized void beginGroup() {
    grouping = true;
  }

  /** For tests: other limits of a group than {@value #GROUP_UNITS} transactions and a second. */
  synchronized void groupLimits(int units, long millis) {
    groupLimitUnits = units;
    groupLimitNanos = millis * 1_000_000;
  }

  /** Commits what the group holds and goes back to one commit per transaction. */
  public synchronized void endGroup() {
    grouping = false;
    try {
      if (!db.getAutoCommit()) {
        db.commit();
        db.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new StateException(file, e);
    }
  }

  /** Runs {@code work} as one unit of the current group. */
  private void inGroup(Work work) throws SQLException {
    if (db.getAutoCommit()) {
      db.setAutoCommit(false);
      groupUnits = 0;
      groupStart = System.nanoTime();
    }
    java.sql.Savepoint unit = db.setSavepoint();
    groupDepth++;
    try {
      work.run();
      db.releaseSavepoint(unit);
    } catch (SQLException | RuntimeException e) {
      try {
        db.rollback(unit);
      } catch (SQLException r) {
        e.addSuppressed(r);
      }
      throw e;
    } finally {
      groupDepth--;
    }
    if (groupDepth == 0
        && (++groupUnits >= groupLimitUnits || System.nanoTime() - groupStart >= groupLimitNanos)) {
      db.commit();
      db.setAutoCommit(true);
    }
  }

  /** Runs {@code work} in one transaction: all of it is kept, or none. */
  synchronized void inTransaction(Work work) {
    try {
      if (grouping) {
        inGroup(work);
        return;
      }
      boolean outer = db.getAutoCommit();
      if (!outer) {
        work.run();
        return;
      }
      db.setAutoCommit(false);
      try {
        work.run();
        db.commit();
      } catch (SQLException | RuntimeException e) {
        // SQLite may have rolled back already (a full disk ends the transaction): the first
        // failure is the one to report, the clean-up's are only attached to it.
        try {
          db.rollback();
        } catch (SQLException r) {
          e.addSuppressed(r);
        }
        try {
          db.setAutoCommit(true);
        } catch (SQLException r) {
          e.addSuppressed(r);
        }
        throw e;
      }
      db.setAutoCommit(true);
    } catch (SQLException e) {
      throw new StateException(file, e);
    }
  }

  // ---------------------------------------------------------------- latest results

  /**
   * Records the latest result of {@code row.offerId()} with its findings, replacing any earlier.
   */
  public void putResult(SummaryRow row, List<FindingRow> findings, Instant at) {
    offerChanged(row.offerId());
    inTransaction(
        () -> {
          PreparedStatement del = kept("DELETE FROM offers WHERE offer_id = ?");
          del.setString(1, row.offerId());
          del.executeUpdate();
          PreparedStatement offer = kept(INSERT_OFFER);
          int i = 1;
          offer.setString(i++, row.offerId());
          offer.setString(i++, row.candidate() == null ? "" : row.candidate());
          offer.setString(i++, row.company());
          offer.setString(i++, row.level());
          offer.setString(i++, row.location());
          for (Money y : row.years()) {
            offer.setString(i++, text(y));
          }
          offer.setString(i++, text(row.fourYearTotal()));
          offer.setString(i++, text(row.fourYearAverage()));
          offer.setString(i++, text(row.marketPosition()));
          offer.setInt(i++, row.redFlags());
          offer.setString(i++, text(row.proposedTotal()));
          offer.setString(i++, text(row.askPercent()));
          offer.setString(i++, row.approval() == null ? "" : row.approval());
          offer.setString(i++, row.reportFile() == null ? "" : row.reportFile());
          offer.setString(i++, text(row.fourYearTotalWithRefreshers()));
          offer.setString(i++, row.closeCall());
          offer.setString(i++, text(row.fourYearTakeHome()));
          offer.setString(i++, text(row.fourYearDueAtFiling()));
          offer.setString(i++, CandidateKey.of(row.candidate()));
          offer.setString(i, at.toString());
          offer.executeUpdate();
          putTakeHome(row);
          putPlans(row);
          PreparedStatement finding =
              kept(
                  "INSERT INTO findings (offer_id, position, severity, rule, title, figures,"
                      + " advice) VALUES (?, ?, ?, ?, ?, ?, ?)");
          int position = 0;
          for (FindingRow f : findings) {
            finding.setString(1, row.offerId());
            finding.setInt(2, position++);
            finding.setString(3, f.severity());
            finding.setString(4, f.rule());
            finding.setString(5, f.title());
            finding.setString(6, f.figures());
            finding.setString(7, f.advice());
            finding.addBatch();
          }
          finding.executeBatch();
        });
  }

  private void putTakeHome(SummaryRow row) throws SQLException {
    PreparedStatement del = kept("DELETE FROM take_home_years WHERE offer_id = ?");
    PreparedStatement ins =
        kept(
            "INSERT INTO take_home_years (offer_id, year, wages, federal, social_security,"
                + " medicare, state, city, payroll_programs, take_home, withheld,"
                + " due_at_filing) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    del.setString(1, row.offerId());
    del.executeUpdate();
    for (TaxYear t : row.takeHome()) {
      int i = 1;
      ins.setString(i++, row.offerId());
      ins.setInt(i++, t.year());
      for (Money m : t.amounts()) {
        ins.setString(i++, text(m));
      }
      ins.addBatch();
    }
    ins.executeBatch();
  }

  private void putPlans(SummaryRow row) throws SQLException {
    PreparedStatement del = kept("DELETE FROM plan_tiers WHERE offer_id = ?");
    PreparedStatement ins =
        kept(
            "INSERT INTO plan_tiers (offer_id, position, tier, base_target, grant_target,"
                + " sign_on_target, proposed_total, ask_percent)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    del.setString(1, row.offerId());
    del.executeUpdate();
    int position = 0;
    for (PlanRow p : row.plans()) {
      ins.setString(1, row.offerId());
      ins.setInt(2, position++);
      ins.setString(3, p.tier());
      ins.setString(4, text(p.baseTarget()));
      ins.setString(5, text(p.grantTarget()));
      ins.setString(6, text(p.signOnTarget()));
      ins.setString(7, text(p.proposedTotal()));
      ins.setString(8, text(p.askPercent()));
      ins.addBatch();
    }
    ins.executeBatch();
  }

  /** Each offer's take-home years and plan tiers, for {@link #summaryRow} rows. */
  private SummaryRow withDetails(
      SummaryRow r, Map<String, List<TaxYear>> takeHome, Map<String, List<PlanRow>> plans) {
    return r.withDetails(
        takeHome.getOrDefault(r.offerId(), List.of()), plans.getOrDefault(r.offerId(), List.of()));
  }

  private static final String TAKE_HOME_COLUMNS =
      "t.offer_id, t.year, t.wages, t.federal, t.social_security, t.medicare, t.state, t.city,"
          + " t.payroll_programs, t.take_home, t.withheld, t.due_at_filing";

  private static final String PLAN_COLUMNS =
      "t.offer_id, t.tier, t.base_target, t.grant_target, t.sign_on_target, t.proposed_total,"
          + " t.ask_percent";

  private static final String FINDING_COLUMNS =
      "t.offer_id, t.severity, t.rule, t.title, t.figures, t.advice";

  /** The columns after the offer id as one text, each null as an empty text, joined by U+001F. */
  private static String packed(String columns) {
    StringBuilder sb = new StringBuilder("concat_ws(char(31)");
    String[] names = columns.split(", ");
    for (int i = 1; i < names.length; i++) {
      sb.append(", coalesce(").append(names[i]).append(", '')");
    }
    return sb.append(')').toString();
  }

  /** The fields of a {@link #packed} text; an empty field is null. */
  private static String[] unpack(String packed, int fields) {
    String[] out = new String[fields];
    int from = 0;
    for (int i = 0; i < fields; i++) {
      int end = i == fields - 1 ? packed.length() : packed.indexOf('\u001f', from);
      out[i] = end == from ? null : packed.substring(from, end);
      from = end + 1;
    }
    return out;
  }

  /** A take-home year from {@link #packed} {@link #TAKE_HOME_COLUMNS}. */
  private static TaxYear packedTaxYear(String packed) {
    String[] f = unpack(packed, 11);
    return new TaxYear(
        Integer.parseInt(f[0]),
        money(f[1]),
        money(f[2]),
        money(f[3]),
        money(f[4]),
        money(f[5]),
        money(f[6]),
        money(f[7]),
        money(f[8]),
        money(f[9]),
        money(f[10]));
  }

  /** A plan tier from {@link #packed} {@link #PLAN_COLUMNS}. */
  private static PlanRow packedPlanRow(String packed) {
    String[] f = unpack(packed, 6);
    return new PlanRow(f[0], money(f[1]), money(f[2]), money(f[3]), money(f[4]), decimal(f[5]));
  }

  /** A finding of {@code row} from {@link #FINDING_COLUMNS}. */
  private static FindingRow findingRow(ResultSet rs, SummaryRow row) throws SQLException {
    return new FindingRow(
        row.offerId(),
        row.candidate(),
        rs.getString(2),
        rs.getString(3),
        rs.getString(4),
        rs.getString(5),
        rs.getString(6));
  }

  /**
   * A details table of an offer: its rows in {@code order} within the offer, what is selected of a
   * row ({@code width} columns, the offer id first) and how it is read.
   */
  private record DetailTable<T>(
      String table, String order, String select, int width, DetailReader<T> reader) {

    /** Its rows of one offer ({@code one}) or of all, by offer. */
    String byOfferSql(boolean one) {
      return "SELECT "
          + select
          + " FROM "
          + table
          + " t"
          + (one ? " WHERE t.offer_id = ?" : "")
          + " ORDER BY t.offer_id, t."
          + order;
    }

    /** Its rows in the order of the temporary ranking, each with its position last. */
    String rankedSql() {
      return "SELECT "
          + select
          + ", r.pos FROM ranked r JOIN "
          + table
          + " t ON t.offer_id = r.offer_id ORDER BY r.pos, t."
          + order;
    }
  }

  // Take-home years and plan tiers come as one text a row (their fields joined by a unit
  // separator): reading a dozen columns one by one through the driver cost more than the query.
  private static final DetailTable<TaxYear> TAKE_HOME =
      new DetailTable<>(
          "take_home_years",
          "year",
          "t.offer_id, " + packed(TAKE_HOME_COLUMNS),
          2,
          (rs, row) -> packedTaxYear(rs.getString(2)));

  private static final DetailTable<PlanRow> PLANS =
      new DetailTable<>(
          "plan_tiers",
          "position",
          "t.offer_id, " + packed(PLAN_COLUMNS),
          2,
          (rs, row) -> packedPlanRow(rs.getString(2)));

  private static final DetailTable<FindingRow> FINDINGS =
      new DetailTable<>("findings", "position", FINDING_COLUMNS, 6, StateStore::findingRow);

  private Map<String, List<TaxYear>> takeHomeYears(String offerId) {
    return byOffer(TAKE_HOME, offerId);
  }

  private Map<String, List<PlanRow>> planTiers(String offerId) {
    return byOffer(PLANS, offerId);
  }

  /** Rows of a details table (not findings) by offer, of one offer or of all when null. */
  private <T> Map<String, List<T>> byOffer(DetailTable<T> t, String offerId) {
    Map<String, List<T>> out = new HashMap<>();
    query(
            t.byOfferSql(offerId != null),
            ps -> {
              if (offerId != null) {
                ps.setString(1, offerId);
              }
            },
            rs -> Map.entry(rs.getString(1), t.reader().read(rs, null)))
        .forEach(e -> out.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
    return out;
  }

  /** The rows of {@code row}'s offer in a details table. */
  private <T> List<T> detailsOf(DetailTable<T> t, SummaryRow row) {
    return query(
        t.byOfferSql(true), ps -> set(ps, 1, row.offerId()), rs -> t.reader().read(rs, row));
  }

  /** How many offers the folder holds. */
  public synchronized int offerCount() {
    return count("SELECT count(*) FROM offers");
  }

  /** The latest result of {@code offerId}, if it was ever reported here. */
  public synchronized Optional<SummaryRow> result(String offerId) {
    return briefResult(offerId)
        .map(r -> withDetails(r, takeHomeYears(offerId), planTiers(offerId)));
  }

  // ---------------------------------------------------------------- changes, for a kept summary

  /**
   * What changed since the last call: the offers whose result, details or versions were written,
   * and the messages added or updated.
   *
   * @param allMessages true when messages changed that are not listed (a bulk update)
   * @param everything true before the first call, and after a change of unknown reach
   */
  record Changes(Set<String> offers, Set<Long> messages, boolean allMessages, boolean everything) {}

  /** What changed since the last call, which starts counting again. */
  synchronized Changes takeChanges() {
    Changes c =
        new Changes(
            Set.copyOf(changedOffers),
            Set.copyOf(changedMessages),
            allMessagesChanged,
            everythingChanged);
    changedOffers = new HashSet<>();
    changedMessages = new HashSet<>();
    allMessagesChanged = false;
    everythingChanged = false;
    tracking = true;
    return c;
  }

  private synchronized void offerChanged(String offerId) {
    if (tracking) {
      changedOffers.add(offerId);
    }
  }

  private synchronized void messageChanged(long id) {
    if (tracking) {
      changedMessages.add(id);
    }
  }

  private synchronized void allMessagesChanged() {
    allMessagesChanged = true;
  }

  /** The latest result of {@code offerId} without its details (as {@link #forEachBriefResult}). */
  public synchronized Optional<SummaryRow> briefResult(String offerId) {
    return query(
            "SELECT " + OFFER_COLUMNS + " FROM offers WHERE offer_id = ?",
            ps -> set(ps, 1, offerId),
            StateStore::summaryRow)
        .stream()
        .findFirst();
  }

  /**
   * The 4-year take-home and due at filing of every offer that has an estimate, or of {@code
   * offerId} alone.
   */
  synchronized Map<String, Money[]> takeHomeTotals(String offerId) {
    Map<String, Money[]> totals = new HashMap<>();
    query(
            "SELECT offer_id, four_year_take_home, due_at_filing FROM offers"
                + " WHERE four_year_take_home IS NOT NULL"
                + (offerId == null ? "" : " AND offer_id = ?"),
            ps -> {
              if (offerId != null) {
                set(ps, 1, offerId);
              }
            },
            rs ->
                Map.entry(
                    rs.getString(1), new Money[] {money(rs.getString(2)), money(rs.getString(3))}))
        .forEach(e -> totals.put(e.getKey(), e.getValue()));
    return totals;
  }

  /**
   * Details looked up one offer at a time, with the 4-year totals given: for a summary that keeps
   * the chunks of offers that did not change, and so reads the details of few.
   */
  RowDetails detailsByOffer(Map<String, Money[]> totals) {
    return details(List.of(), totals);
  }

  /** The message stored as {@code id}, if any. */
  synchronized Optional<LedgerEntry> message(long id) {
    return query(
            "SELECT " + MESSAGE_COLUMNS + " FROM messages WHERE id = ?",
            ps -> ps.setLong(1, id),
            StateStore::entry)
        .stream()
        .findFirst();
  }

  /** Every latest result (unordered; the summary ranks them) and each one's findings. */
  public synchronized void forEachResult(Consumer<SummaryRow> rows, Consumer<FindingRow> findings) {
    Map<String, List<TaxYear>> takeHome = takeHomeYears(null);
    Map<String, List<PlanRow>> plans = planTiers(null);
    forEachStoredResult(r -> rows.accept(withDetails(r, takeHome, plans)), findings);
  }

  /**
   * Every latest result without its take-home years, plan tiers and findings: a summary of a large
   * folder looks those up one offer at a time through {@link #details()}, so the years, tiers and
   * findings of 100,000 offers are never in memory at once.
   */
  public synchronized void forEachBriefResult(Consumer<SummaryRow> rows) {
    query("SELECT " + OFFER_COLUMNS + " FROM offers", ps -> {}, StateStore::summaryRow)
        .forEach(rows);
  }

  /**
   * The take-home years, plan tiers and findings of brief rows, read in {@code ranked} order: each
   * details table is read in one pass, joined to the ranking in a temporary table, as the summary
   * writes its sheets row by row. A row asked for out of that order is looked up by itself. The
   * 4-year take-home and due at filing come from the offers table, read once here. Close the
   * details when the summary is written.
   */
  public synchronized RowDetails details(List<SummaryRow> ranked) {
    return details(ranked, takeHomeTotals(null));
  }

  private synchronized RowDetails details(List<SummaryRow> ranked, Map<String, Money[]> totals) {
    Map<String, Integer> positions = new HashMap<>(ranked.size() * 2);
    inTransaction(
        () -> {
          try (Statement st = db.createStatement()) {
            st.execute(
                "CREATE TEMP TABLE IF NOT EXISTS ranked"
                    + " (pos INTEGER PRIMARY KEY, offer_id TEXT NOT NULL)");
            st.execute("DELETE FROM ranked");
          }
          try (PreparedStatement ins = db.prepareStatement("INSERT INTO ranked VALUES (?, ?)")) {
            for (SummaryRow r : ranked) {
              if (positions.putIfAbsent(r.offerId(), positions.size()) == null) {
                ins.setInt(1, positions.get(r.offerId()));
                ins.setString(2, r.offerId());
                ins.addBatch();
              }
            }
            ins.executeBatch();
          }
        });
    RankedCursor<TaxYear> years = new RankedCursor<>(positions, TAKE_HOME);
    RankedCursor<PlanRow> tiers = new RankedCursor<>(positions, PLANS);
    RankedCursor<FindingRow> findings = new RankedCursor<>(positions, FINDINGS);
    return new RowDetails() {
      @Override
      public List<TaxYear> takeHome(SummaryRow row) {
        return years.take(row);
      }

      @Override
      public List<PlanRow> plans(SummaryRow row) {
        return tiers.take(row);
      }

      @Override
      public Optional<List<FindingRow>> findings(SummaryRow row) {
        return Optional.of(findings.take(row));
      }

      @Override
      public Money fourYearTakeHome(SummaryRow row) {
        Money[] t = totals.get(row.offerId());
        return t == null ? null : t[0];
      }

      @Override
      public Money fourYearDueAtFiling(SummaryRow row) {
        Money[] t = totals.get(row.offerId());
        return t == null ? null : t[1];
      }

      @Override
      public void close() {
        years.close();
        tiers.close();
        findings.close();
      }
    };
  }

  /** Reads a details row of {@code row} from the result set. */
  private interface DetailReader<T> {
    T read(ResultSet rs, SummaryRow row) throws SQLException;
  }

  /**
   * One pass over a details table in ranking order: {@link #take} gives the rows of the next offer
   * asked for, skipping the rows of offers not asked for; an offer asked for again, or before one
   * already given, is looked up by itself.
   */
  private final class RankedCursor<T> {
    private final Map<String, Integer> positions;
    private final DetailTable<T> table;
    private PreparedStatement ps;
    private ResultSet rs;
    private boolean exhausted;
    private boolean closed;
    private int at = -1;
    private int lastAsked = -1;

    RankedCursor(Map<String, Integer> positions, DetailTable<T> table) {
      this.positions = positions;
      this.table = table;
    }

    List<T> take(SummaryRow row) {
      synchronized (StateStore.this) {
        Integer p = positions.get(row.offerId());
        if (p == null || p <= lastAsked || closed) {
          return detailsOf(table, row);
        }
        lastAsked = p;
        try {
          if (rs == null && !exhausted) {
            ps = db.prepareStatement(table.rankedSql());
            rs = ps.executeQuery();
            advance();
          }
          while (!exhausted && at < p) {
            advance();
          }
          List<T> out = new ArrayList<>();
          while (!exhausted && at == p) {
            out.add(table.reader().read(rs, row));
            advance();
          }
          return out;
        } catch (SQLException e) {
          close();
          throw new StateException(file, e);
        }
      }
    }

    private void advance() throws SQLException {
      if (rs.next()) {
        at = rs.getInt(table.width() + 1);
      } else {
        release();
      }
    }

    /** The summary is written: later asks are looked up one at a time. */
    void close() {
      synchronized (StateStore.this) {
        closed = true;
        release();
      }
    }

    private void release() {
      synchronized (StateStore.this) {
        exhausted = true;
        try {
          if (rs != null) {
            rs.close();
          }
          if (ps != null) {
            ps.close();
          }
        } catch (SQLException e) {
          // A read cursor: nothing to keep.
        } finally {
          rs = null;
          ps = null;
        }
      }
    }
  }

  private void forEachStoredResult(Consumer<SummaryRow> rows, Consumer<FindingRow> findings) {
    forEachBriefResult(rows);
    query(
            "SELECT f.offer_id, o.candidate, f.severity, f.rule, f.title, f.figures, f.advice"
                + " FROM findings f JOIN offers o ON o.offer_id = f.offer_id"
                + " ORDER BY f.offer_id, f.position",
            ps -> {},
            rs ->
                new FindingRow(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getString(6),
                    rs.getString(7)))
        .forEach(findings);
  }

  private static SummaryRow summaryRow(ResultSet rs) throws SQLException {
    return new SummaryRow(
        rs.getString(1),
        rs.getString(2),
        rs.getString(3),
        rs.getString(4),
        rs.getString(5),
        List.of(
            money(rs.getString(6)),
            money(rs.getString(7)),
            money(rs.getString(8)),
            money(rs.getString(9))),
        money(rs.getString(10)),
        money(rs.getString(11)),
        decimal(rs.getString(12)),
        rs.getInt(13),
        money(rs.getString(14)),
        decimal(rs.getString(15)),
        rs.getString(16),
        rs.getString(17),
        money(rs.getString(18)),
        rs.getString(19),
        List.of());
  }

  // ---------------------------------------------------------------- input errors

  /**
   * Records the problems of the input files just read: each file's earlier problems are replaced by
   * this reading's (none clears them). An error is filed under the input whose name it carries;
   * errors naming no file of {@code inputs} are filed under the name they carry.
   */
  public void putErrors(Collection<Path> inputs, List<ErrorRow> errors) {
    Map<String, List<ErrorRow>> byFile = new LinkedHashMap<>();
    for (Path p : inputs) {
      byFile.put(p.getFileName().toString(), new ArrayList<>());
    }
    for (ErrorRow e : errors) {
      byFile.computeIfAbsent(fileKey(e.file(), byFile.keySet()), k -> new ArrayList<>()).add(e);
    }
    inTransaction(
        () -> {
          try (PreparedStatement del =
                  db.prepareStatement("DELETE FROM input_errors WHERE input_file = ?");
              PreparedStatement ins =
                  db.prepareStatement(
                      "INSERT INTO input_errors (input_file, position, file, sheet, row_number,"
                          + " column_name, value, message, severity)"
                          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Map.Entry<String, List<ErrorRow>> f : byFile.entrySet()) {
              del.setString(1, f.getKey());
              del.executeUpdate();
              int position = 0;
              for (ErrorRow e : f.getValue()) {
                ins.setString(1, f.getKey());
                ins.setInt(2, position++);
                ins.setString(3, e.file());
                ins.setString(4, e.sheet());
                if (e.row() == null) {
                  ins.setNull(5, Types.INTEGER);
                } else {
                  ins.setInt(5, e.row());
                }
                ins.setString(6, e.column());
                ins.setString(7, e.value());
                ins.setString(8, e.message() == null ? "" : e.message());
                ins.setString(9, e.severity().name());
                ins.addBatch();
              }
            }
            ins.executeBatch();
          }
        });
  }

  /**
   * The latest problems and notes of every input file read into this folder: errors and warnings
   * first (file by file, as found), then the notes, as the Errors sheet lists them.
   */
  public synchronized List<ErrorRow> errors() {
    return query(
        "SELECT file, sheet, row_number, column_name, value, message, severity FROM input_errors"
            + " ORDER BY severity = 'NOTE', input_file, position",
        ps -> {},
        rs -> {
          int row = rs.getInt(3);
          Integer rowNo = rs.wasNull() ? null : row;
          return new ErrorRow(
              rs.getString(1),
              rs.getString(2),
              rowNo,
              rs.getString(4),
              rs.getString(5),
              rs.getString(6),
              ErrorRow.Severity.valueOf(rs.getString(7)));
        });
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

  // ---------------------------------------------------------------- versions

  /** Every version of {@code offerId}, version 1 first. */
  public synchronized List<OfferVersion> versions(String offerId) {
    return query(
        "SELECT offer_id, version, seen_on, candidate, inputs, base_salary, sign_on_total,"
            + " grant_value, annual_bonus_pct, four_year_total, target_base, target_sign_on,"
            + " target_grant FROM offer_versions WHERE offer_id = ? ORDER BY version",
        ps -> set(ps, 1, offerId),
        StateStore::version);
  }

  /** Every version of every offer, by offer id then version (the History sheet). */
  public synchronized List<OfferVersion> allVersions() {
    return query(
        "SELECT offer_id, version, seen_on, candidate, inputs, base_salary, sign_on_total,"
            + " grant_value, annual_bonus_pct, four_year_total, target_base, target_sign_on,"
            + " target_grant FROM offer_versions ORDER BY offer_id, version",
        ps -> {},
        StateStore::version);
  }

  /**
   * Records {@code candidate} as the next version of its offer unless its inputs equal the latest
   * version's (SPEC section 15: a rerun of the same figures records nothing).
   *
   * @param candidate the version to record; its number is ignored and set here
   * @return every version of the offer after recording, version 1 first
   */
  public List<OfferVersion> recordVersion(OfferVersion candidate) {
    List<OfferVersion> out = new ArrayList<>();
    inTransaction(
        () -> {
          List<OfferVersion> all = versions(candidate.offerId());
          out.addAll(all);
          OfferVersion latest = all.isEmpty() ? null : all.get(all.size() - 1);
          if (latest != null && latest.inputs().equals(candidate.inputs())) {
            return;
          }
          OfferVersion next =
              new OfferVersion(
                  candidate.offerId(),
                  latest == null ? 1 : latest.version() + 1,
                  candidate.seen(),
                  candidate.candidate(),
                  candidate.inputs(),
                  candidate.baseSalary(),
                  candidate.signOnTotal(),
                  candidate.grant(),
                  candidate.annualBonusPct(),
                  candidate.fourYearTotal(),
                  candidate.targetBase(),
                  candidate.targetSignOn(),
                  candidate.targetGrant());
          insertVersion(next);
          out.add(next);
        });
    return out;
  }

  /** Stores {@code v} as it is (the takeover and tests). */
  void insertVersion(OfferVersion v) throws SQLException {
    offerChanged(v.offerId());
    PreparedStatement ins =
        kept(
            "INSERT INTO offer_versions (offer_id, version, seen_on, candidate, inputs,"
                + " base_salary, sign_on_total, grant_value, annual_bonus_pct,"
                + " four_year_total, target_base, target_sign_on, target_grant)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    ins.setString(1, v.offerId());
    ins.setInt(2, v.version());
    ins.setString(3, v.seen().toString());
    ins.setString(4, v.candidate() == null ? "" : v.candidate());
    ins.setString(5, v.inputs());
    ins.setString(6, text(v.baseSalary()));
    ins.setString(7, text(v.signOnTotal()));
    ins.setString(8, text(v.grant()));
    ins.setString(9, v.annualBonusPct() == null ? "0" : v.annualBonusPct().value().toString());
    ins.setString(10, text(v.fourYearTotal()));
    ins.setString(11, text(v.targetBase()));
    ins.setString(12, text(v.targetSignOn()));
    ins.setString(13, text(v.targetGrant()));
    ins.executeUpdate();
  }

  private static OfferVersion version(ResultSet rs) throws SQLException {
    return new OfferVersion(
        rs.getString(1),
        rs.getInt(2),
        LocalDate.parse(rs.getString(3)),
        rs.getString(4),
        rs.getString(5),
        money(rs.getString(6)),
        money(rs.getString(7)),
        money(rs.getString(8)),
        new Percent(new BigDecimal(rs.getString(9))),
        money(rs.getString(10)),
        money(rs.getString(11)),
        money(rs.getString(12)),
        money(rs.getString(13)));
  }

  // ---------------------------------------------------------------- runs

  /** One row of the {@code runs} table. */
  public record Run(
      long id,
      String command,
      Instant startedAt,
      Instant endedAt,
      Integer filesRead,
      Integer offersReported,
      Integer rowsRejected,
      Integer emailsSent,
      Integer exitCode) {}

  /**
   * Records the start of a run.
   *
   * @return the run's id
   */
  public long startRun(String command, Instant at) {
    long[] id = new long[1];
    inTransaction(
        () -> {
          try (PreparedStatement ins =
              db.prepareStatement(
                  "INSERT INTO runs (command, started_at) VALUES (?, ?)",
                  Statement.RETURN_GENERATED_KEYS)) {
            ins.setString(1, command);
            ins.setString(2, at.toString());
            ins.executeUpdate();
            try (ResultSet rs = ins.getGeneratedKeys()) {
              rs.next();
              id[0] = rs.getLong(1);
            }
          }
        });
    return id[0];
  }

  /** Records the end of run {@code id} with its counts and exit code. */
  public void finishRun(
      long id,
      Instant at,
      int filesRead,
      int offersReported,
      int rowsRejected,
      int emailsSent,
      int exitCode) {
    inTransaction(
        () -> {
          try (PreparedStatement up =
              db.prepareStatement(
                  "UPDATE runs SET ended_at = ?, files_read = ?, offers_reported = ?,"
                      + " rows_rejected = ?, emails_sent = ?, exit_code = ? WHERE id = ?")) {
            up.setString(1, at.toString());
            up.setInt(2, filesRead);
            up.setInt(3, offersReported);
            up.setInt(4, rowsRejected);
            up.setInt(5, emailsSent);
            up.setInt(6, exitCode);
            up.setLong(7, id);
            up.executeUpdate();
          }
        });
  }

  /** The latest {@code limit} runs, newest first. */
  public synchronized List<Run> lastRuns(int limit) {
    return query(
        "SELECT id, command, started_at, ended_at, files_read, offers_reported, rows_rejected,"
            + " emails_sent, exit_code FROM runs ORDER BY id DESC LIMIT ?",
        ps -> ps.setInt(1, limit),
        rs ->
            new Run(
                rs.getLong(1),
                rs.getString(2),
                Instant.parse(rs.getString(3)),
                rs.getString(4) == null ? null : Instant.parse(rs.getString(4)),
                integer(rs, 5),
                integer(rs, 6),
                integer(rs, 7),
                integer(rs, 8),
                integer(rs, 9)));
  }

  /** What the negotiations gained: offers with two versions or more, and the sum of their gains. */
  public record Gains(int offers, Money total) {}

  /** Latest 4-year total minus version 1's, summed over every offer with two versions or more. */
  public synchronized Gains gains() {
    List<Money> gains =
        query(
            "SELECT f.four_year_total, l.four_year_total FROM offer_versions f"
                + " JOIN (SELECT offer_id, max(version) AS v FROM offer_versions GROUP BY offer_id"
                + " HAVING max(version) > 1) m ON m.offer_id = f.offer_id AND f.version = 1"
                + " JOIN offer_versions l ON l.offer_id = m.offer_id AND l.version = m.v",
            ps -> {},
            rs -> money(rs.getString(2)).minus(money(rs.getString(1))));
    Money total = Money.ZERO;
    for (Money g : gains) {
      total = total.plus(g);
    }
    return new Gains(gains.size(), total);
  }

  /** How many versions the folder holds in all. */
  public synchronized int versionCount() {
    return count("SELECT count(*) FROM offer_versions");
  }

  /** Messages per state. */
  public synchronized Map<DeliveryState, Integer> messageCounts() {
    Map<DeliveryState, Integer> counts = new LinkedHashMap<>();
    for (DeliveryState s : DeliveryState.values()) {
      counts.put(s, 0);
    }
    query(
            "SELECT state, count(*) FROM messages GROUP BY state",
            ps -> {},
            rs -> Map.entry(DeliveryState.valueOf(rs.getString(1)), rs.getInt(2)))
        .forEach(e -> counts.put(e.getKey(), e.getValue()));
    return counts;
  }

  // ---------------------------------------------------------------- ledger

  @Override
  public synchronized Optional<LedgerEntry> find(
      String offerId, String recipient, String fingerprint) {
    return query(
            "SELECT "
                + MESSAGE_COLUMNS
                + " FROM messages WHERE offer_id = ? AND recipient = ? AND fingerprint = ?",
            ps -> {
              ps.setString(1, offerId);
              ps.setString(2, recipient);
              ps.setString(3, fingerprint);
            },
            StateStore::entry)
        .stream()
        .findFirst();
  }

  @Override
  public synchronized Optional<LedgerEntry> unsent(String offerId) {
    return query(
            "SELECT "
                + MESSAGE_COLUMNS
                + " FROM messages WHERE offer_id = ? AND state <> 'SENT' ORDER BY id DESC LIMIT 1",
            ps -> ps.setString(1, offerId),
            StateStore::entry)
        .stream()
        .findFirst();
  }

  @Override
  public synchronized List<LedgerEntry> inState(DeliveryState state) {
    return query(
        "SELECT " + MESSAGE_COLUMNS + " FROM messages WHERE state = ? ORDER BY id",
        ps -> ps.setString(1, state.name()),
        StateStore::entry);
  }

  @Override
  public synchronized List<LedgerEntry> sentNotArchived() {
    return query(
        "SELECT "
            + MESSAGE_COLUMNS
            + " FROM messages WHERE state = 'SENT' AND eml_file NOT LIKE 'sent/%' ORDER BY id",
        ps -> {},
        StateStore::entry);
  }

  @Override
  public synchronized List<LedgerEntry> due(Instant now) {
    // Times are stored to the second (see seconds), so text order is time order; the index
    // messages_due (state, next_try_at) serves this query.
    return query(
        "SELECT "
            + MESSAGE_COLUMNS
            + " FROM messages WHERE state = 'PENDING'"
            + " AND last_error <> '' AND (next_try_at IS NULL OR next_try_at <= ?) ORDER BY id",
        ps -> ps.setString(1, now.truncatedTo(ChronoUnit.SECONDS).toString()),
        StateStore::entry);
  }

  @Override
  public synchronized List<LedgerEntry> all() {
    return query(
        "SELECT " + MESSAGE_COLUMNS + " FROM messages ORDER BY id", ps -> {}, StateStore::entry);
  }

  @Override
  public LedgerEntry add(LedgerEntry entry) {
    long[] id = new long[1];
    inTransaction(
        () -> {
          try (PreparedStatement ins =
              db.prepareStatement(
                  "INSERT INTO messages (offer_id, recipient, fingerprint, state, attempts,"
                      + " first_try_at, next_try_at, last_error, sent_at, message_id, eml_file)"
                      + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                  Statement.RETURN_GENERATED_KEYS)) {
            bindMessage(ins, entry);
            ins.executeUpdate();
            try (ResultSet rs = ins.getGeneratedKeys()) {
              rs.next();
              id[0] = rs.getLong(1);
            }
          }
        });
    messageChanged(id[0]);
    return entry.withId(id[0]);
  }

  @Override
  public void update(LedgerEntry entry) {
    if (entry.id() <= 0) {
      throw new IllegalArgumentException("not stored yet: " + entry);
    }
    messageChanged(entry.id());
    inTransaction(
        () -> {
          try (PreparedStatement up =
              db.prepareStatement(
                  "UPDATE messages SET offer_id = ?, recipient = ?, fingerprint = ?, state = ?,"
                      + " attempts = ?, first_try_at = ?, next_try_at = ?, last_error = ?,"
                      + " sent_at = ?, message_id = ?, eml_file = ? WHERE id = ?")) {
            bindMessage(up, entry);
            up.setLong(12, entry.id());
            if (up.executeUpdate() != 1) {
              throw new SQLException("no message " + entry.id() + " in the ledger");
            }
          }
        });
  }

  @Override
  public int requeue(DeliveryState from) {
    if (from != DeliveryState.FAILED && from != DeliveryState.UNCERTAIN) {
      throw new IllegalArgumentException("only FAILED or UNCERTAIN messages go back: " + from);
    }
    return updateCount(
        "UPDATE messages SET state = 'PENDING', first_try_at = NULL, next_try_at = NULL"
            + " WHERE state = ?",
        from.name());
  }

  @Override
  public int settleInFlight() {
    return updateCount(
        "UPDATE messages SET state = 'UNCERTAIN', last_error = ? WHERE state = 'SENDING'",
        "the run ended during the SMTP transaction; the message may have been delivered");
  }

  private int updateCount(String sql, String arg) {
    allMessagesChanged();
    int[] n = new int[1];
    inTransaction(
        () -> {
          try (PreparedStatement up = db.prepareStatement(sql)) {
            up.setString(1, arg);
            n[0] = up.executeUpdate();
          }
        });
    return n[0];
  }

  private static void bindMessage(PreparedStatement ps, LedgerEntry e) throws SQLException {
    ps.setString(1, e.offerId());
    ps.setString(2, e.recipient());
    ps.setString(3, e.fingerprint());
    ps.setString(4, e.state().name());
    ps.setInt(5, e.attempts());
    ps.setString(6, e.firstTryAt() == null ? null : e.firstTryAt().toString());
    ps.setString(7, e.nextTryAt() == null ? null : seconds(e.nextTryAt()));
    ps.setString(8, e.lastError());
    ps.setString(9, e.sentAt() == null ? null : e.sentAt().toString());
    ps.setString(10, e.messageId());
    ps.setString(11, e.file());
  }

  private static LedgerEntry entry(ResultSet rs) throws SQLException {
    return new LedgerEntry(
        rs.getLong(1),
        rs.getString(2),
        rs.getString(3),
        rs.getString(4),
        DeliveryState.valueOf(rs.getString(5)),
        rs.getInt(6),
        instant(rs.getString(7)),
        instant(rs.getString(8)),
        rs.getString(9),
        instant(rs.getString(10)),
        rs.getString(11),
        rs.getString(12));
  }

  /** The newest message of {@code offerId}, whatever its state. */
  synchronized Optional<LedgerEntry> newestMessage(String offerId) {
    return query(
            "SELECT "
                + MESSAGE_COLUMNS
                + " FROM messages WHERE offer_id = ? ORDER BY id DESC LIMIT 1",
            ps -> ps.setString(1, offerId),
            StateStore::entry)
        .stream()
        .findFirst();
  }

  /** A statement on the store's connection, for work inside {@link #inTransaction}. */
  PreparedStatement prepare(String sql) throws SQLException {
    synchronized (this) {
      everythingChanged = true;
    }
    return db.prepareStatement(sql);
  }

  // ---------------------------------------------------------------- takeover bookkeeping

  /** True when the legacy file {@code name} was already imported. */
  synchronized boolean takenOver(String name) {
    return !query(
            "SELECT 1 FROM takeovers WHERE legacy_file = ?", ps -> set(ps, 1, name), rs -> true)
        .isEmpty();
  }

  /** Notes inside the current transaction that {@code name} was imported with {@code records}. */
  void markTakenOver(String name, int records, Instant at) throws SQLException {
    try (PreparedStatement ins =
        db.prepareStatement(
            "INSERT INTO takeovers (legacy_file, taken_at, records) VALUES (?, ?, ?)")) {
      ins.setString(1, name);
      ins.setString(2, at.toString());
      ins.setInt(3, records);
      ins.executeUpdate();
    }
  }

  /** Adds a message inside the current transaction, as it is (the takeover). */
  void insertMessage(LedgerEntry e) throws SQLException {
    allMessagesChanged();
    try (PreparedStatement ins =
        db.prepareStatement(
            "INSERT OR IGNORE INTO messages (offer_id, recipient, fingerprint, state, attempts,"
                + " first_try_at, next_try_at, last_error, sent_at, message_id, eml_file)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      bindMessage(ins, e);
      ins.executeUpdate();
    }
  }

  // ---------------------------------------------------------------- plumbing

  @Override
  public synchronized void close() {
    closeQuietly();
  }

  private void closeQuietly() {
    for (PreparedStatement ps : statements.values()) {
      try {
        ps.close();
      } catch (SQLException e) {
        // Closing the connection below finalizes it anyway.
      }
    }
    statements.clear();
    try {
      db.close();
    } catch (SQLException e) {
      // Every transaction is committed or rolled back already; nothing is lost.
    }
  }

  private interface Binder {
    void bind(PreparedStatement ps) throws SQLException;
  }

  private interface RowReader<T> {
    T read(ResultSet rs) throws SQLException;
  }

  /**
   * Runs a query on a statement prepared once per store and kept: a summary of 100,000 offers looks
   * each offer's details up in turn, and preparing the statement each time took more than running
   * it (docs/performance.md). Closing the result set resets the statement, so no read lock is kept.
   */
  private synchronized <T> List<T> query(String sql, Binder binder, RowReader<T> reader) {
    try {
      PreparedStatement ps = kept(sql);
      binder.bind(ps);
      List<T> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(reader.read(rs));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new StateException(file, e);
    }
  }

  /**
   * The statement for {@code sql}, prepared once per store and kept, its parameters cleared (a
   * batch is cleared by the driver after each executeBatch, also a failed one): the queries of
   * {@link #query} and the writes of each offer reported (preparing took about as long as running
   * them). Only for work holding this store's lock (a synchronized method or {@link
   * #inTransaction}); never closed by the caller ({@link #close} does).
   */
  private PreparedStatement kept(String sql) throws SQLException {
    assert Thread.holdsLock(this);
    PreparedStatement ps = statements.get(sql);
    if (ps == null) {
      ps = db.prepareStatement(sql);
      statements.put(sql, ps);
    }
    ps.clearParameters();
    return ps;
  }

  private int count(String sql) {
    return query(sql, ps -> {}, rs -> rs.getInt(1)).get(0);
  }

  private static void set(PreparedStatement ps, int i, String value) throws SQLException {
    ps.setString(i, value);
  }

  private static Integer integer(ResultSet rs, int col) throws SQLException {
    int v = rs.getInt(col);
    return rs.wasNull() ? null : v;
  }

  private static String text(Money m) {
    return m == null ? null : m.amount().toPlainString();
  }

  private static String text(BigDecimal d) {
    return d == null ? null : d.toPlainString();
  }

  private static Money money(String s) {
    return s == null ? null : Money.of(new BigDecimal(s));
  }

  private static BigDecimal decimal(String s) {
    return s == null ? null : new BigDecimal(s);
  }

  /**
   * An instant to the second, always {@code yyyy-MM-ddTHH:mm:ssZ}: stored retry times compare as
   * text in SQL ({@code next_try_at <= ?}). Rounded up, so a message is never tried before its
   * time.
   */
  static String seconds(Instant at) {
    Instant s = at.truncatedTo(ChronoUnit.SECONDS);
    return (s.equals(at) ? s : s.plusSeconds(1)).toString();
  }

  private static Instant instant(String s) {
    return s == null ? null : Instant.parse(s);
  }
}
