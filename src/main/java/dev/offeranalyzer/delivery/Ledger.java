package dev.offeranalyzer.delivery;

import java.util.List;
import java.util.Optional;

/**
 * The email ledger: every message the output folder has written or sent, and where it stands. Each
 * method is one durable transaction, so a run killed at any moment leaves every message in a known
 * state. The output folder's state store implements it; the retry policy and the sender use only
 * this interface.
 *
 * <p>Crash safety: the sender records {@link DeliveryState#SENDING} (with the attempt counted)
 * before the SMTP transaction and the server's answer after it. {@link #settleInFlight()} turns a
 * SENDING left by a killed run into {@link DeliveryState#UNCERTAIN}.
 */
public interface Ledger {

  /** The message for exactly this report content and recipient, if any. */
  Optional<LedgerEntry> find(String offerId, String recipient, String fingerprint);

  /** The newest message for {@code offerId} that has not been sent (pending or failed), if any. */
  Optional<LedgerEntry> unsent(String offerId);

  /** Every message in {@code state}, oldest first. */
  List<LedgerEntry> inState(DeliveryState state);

  /**
   * Pending messages whose earlier try failed and whose wait is over ({@code next_try_at} unset or
   * not after {@code now}), oldest first: the ones a run with {@code --send} tries again.
   */
  List<LedgerEntry> due(java.time.Instant now);

  /** Sent messages whose file is still in the outbox (a run killed before it moved them). */
  List<LedgerEntry> sentNotArchived();

  /** Every message, oldest first (the {@code Email} sheet). */
  List<LedgerEntry> all();

  /**
   * Stores a new message.
   *
   * @return the entry with its {@link LedgerEntry#id()}
   */
  LedgerEntry add(LedgerEntry entry);

  /** Replaces the stored message with the same {@link LedgerEntry#id()}. */
  void update(LedgerEntry entry);

  /** Before the SMTP transaction: SENDING, attempt counted. Durable when it returns. */
  default LedgerEntry recordSending(LedgerEntry entry, java.time.Instant at, String note) {
    LedgerEntry e = entry.sending(at, note);
    update(e);
    return e;
  }

  /** The server accepted the message. */
  default LedgerEntry recordSent(LedgerEntry entry, java.time.Instant at) {
    LedgerEntry e = entry.sent(at);
    update(e);
    return e;
  }

  /** The transaction ended without acceptance: the message goes to {@code state} with the error. */
  default LedgerEntry recordOutcome(LedgerEntry entry, DeliveryState state, String error) {
    LedgerEntry e = entry.withError(error).withState(state);
    update(e);
    return e;
  }

  /**
   * As {@link #recordOutcome(LedgerEntry, DeliveryState, String)}, with when the message is tried
   * next (null: no automatic try, or any run).
   */
  default LedgerEntry recordOutcome(
      LedgerEntry entry, DeliveryState state, String error, java.time.Instant nextTry) {
    LedgerEntry e = entry.withError(error).withState(state).withNextTryAt(nextTry);
    update(e);
    return e;
  }

  /**
   * Puts every message in {@code from} (FAILED or UNCERTAIN) back to PENDING ({@code
   * --retry-failed}, {@code --retry-uncertain}).
   *
   * @return how many
   */
  int requeue(DeliveryState from);

  /**
   * Turns every SENDING message into UNCERTAIN: only a run killed during a transaction leaves one,
   * and whether the server took the message is not known. Called under the folder's lock.
   *
   * @return how many
   */
  int settleInFlight();
}
