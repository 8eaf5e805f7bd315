package dev.offeranalyzer.output;

import dev.offeranalyzer.delivery.LedgerEntry;
import dev.offeranalyzer.offer.Money;
import dev.offeranalyzer.report.summary.HistoryRow;
import dev.offeranalyzer.report.summary.SummaryRow;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The state's summary rows held in memory between two summaries of a folder that stays open ({@code
 * watch}): each offer's brief row and 4-year take-home, its history lines, and every message. Only
 * what changed since the last summary is read again ({@link StateStore#takeChanges}), instead of
 * 100,000 offers, their versions and messages each time.
 */
final class SummaryMirror {

  /**
   * Offer ids in the state's order ({@code ORDER BY offer_id}: SQLite compares their UTF-8 bytes,
   * which is the order of their code points; String.compareTo differs beyond U+FFFF).
   */
  static final Comparator<String> CODE_POINTS =
      (a, b) -> {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
          int ca = a.codePointAt(i);
          int cb = b.codePointAt(j);
          if (ca != cb) {
            return Integer.compare(ca, cb);
          }
          i += Character.charCount(ca);
          j += Character.charCount(cb);
        }
        return Boolean.compare(i < a.length(), j < b.length());
      };

  private final Map<String, SummaryRow> rows = new HashMap<>();
  private final Map<String, Money[]> totals = new HashMap<>();
  private final TreeMap<String, List<HistoryRow>> history = new TreeMap<>(CODE_POINTS);
  private final TreeMap<Long, LedgerEntry> messages = new TreeMap<>();
  private boolean loaded;

  /**
   * Brings the mirror up to date with {@code store}, given what changed since the last refresh; a
   * failure leaves it to be read whole next time.
   */
  void refresh(StateStore store, StateStore.Changes changes) {
    boolean ok = false;
    try {
      if (!loaded || changes.everything()) {
        loadAll(store);
      } else {
        for (String offerId : changes.offers()) {
          refreshOffer(store, offerId);
        }
        if (changes.allMessages()) {
          loadMessages(store);
        } else {
          for (long id : changes.messages()) {
            Optional<LedgerEntry> m = store.message(id);
            if (m.isPresent()) {
              messages.put(id, m.get());
            } else {
              messages.remove(id);
            }
          }
        }
      }
      ok = true;
    } finally {
      loaded = ok;
    }
  }

  /** Forgets everything: the next refresh reads the whole state. */
  void forget() {
    loaded = false;
  }

  List<SummaryRow> rows() {
    return new ArrayList<>(rows.values());
  }

  Map<String, Money[]> totals() {
    return totals;
  }

  /** Every version of every offer, by offer id then version. */
  List<HistoryRow> history() {
    List<HistoryRow> out = new ArrayList<>();
    history.values().forEach(out::addAll);
    return out;
  }

  /** Every message, in the order they were added. */
  List<LedgerEntry> messages() {
    return new ArrayList<>(messages.values());
  }

  private void loadAll(StateStore store) {
    rows.clear();
    store.forEachBriefResult(r -> rows.put(r.offerId(), r));
    totals.clear();
    totals.putAll(store.takeHomeTotals(null));
    history.clear();
    for (HistoryRow h : HistoryRow.of(store.allVersions())) {
      history.computeIfAbsent(h.offerId(), k -> new ArrayList<>()).add(h);
    }
    loadMessages(store);
  }

  private void loadMessages(StateStore store) {
    messages.clear();
    for (LedgerEntry m : store.all()) {
      messages.put(m.id(), m);
    }
  }

  private void refreshOffer(StateStore store, String offerId) {
    Optional<SummaryRow> row = store.briefResult(offerId);
    if (row.isPresent()) {
      rows.put(offerId, row.get());
    } else {
      rows.remove(offerId);
    }
    Money[] t = store.takeHomeTotals(offerId).get(offerId);
    if (t == null) {
      totals.remove(offerId);
    } else {
      totals.put(offerId, t);
    }
    List<HistoryRow> versions = HistoryRow.of(store.versions(offerId));
    if (versions.isEmpty()) {
      history.remove(offerId);
    } else {
      history.put(offerId, versions);
    }
  }
}
