package dev.offeranalyzer.delivery;

import java.time.Instant;
import java.util.Objects;

/**
 * One message of the delivery ledger: one report content for one recipient.
 *
 * @param id the ledger's key for this message, 0 before the ledger has stored it
 * @param offerId the offer id as the input gave it
 * @param recipient the candidate's address
 * @param fingerprint what the report says ({@code ReportFingerprint}); one message per fingerprint
 * @param state where the message stands
 * @param attempts how many SMTP transactions were started (connection and login failures do not
 *     count)
 * @param firstTryAt when the first transaction started, or null
 * @param nextTryAt the earliest time of the next try (retry policy), or null for "any time"
 * @param lastError the last failure in one line, or empty
 * @param sentAt when the SMTP server accepted it, or null
 * @param messageId the Message-ID header with its angle brackets; the same on every attempt
 * @param file the {@code .eml} file relative to the outbox ({@code x.eml} or {@code sent/x.eml})
 */
public record LedgerEntry(
    long id,
    String offerId,
    String recipient,
    String fingerprint,
    DeliveryState state,
    int attempts,
    Instant firstTryAt,
    Instant nextTryAt,
    String lastError,
    Instant sentAt,
    String messageId,
    String file) {

  public LedgerEntry {
    Objects.requireNonNull(offerId, "offerId");
    Objects.requireNonNull(recipient, "recipient");
    Objects.requireNonNull(fingerprint, "fingerprint");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(messageId, "messageId");
    Objects.requireNonNull(file, "file");
    lastError = lastError == null ? "" : lastError;
    if (attempts < 0) {
      throw new IllegalArgumentException("attempts < 0: " + attempts);
    }
  }

  /** A new message waiting in the outbox. */
  public static LedgerEntry pending(
      String offerId, String recipient, String fingerprint, String messageId, String file) {
    return new LedgerEntry(
        0,
        offerId,
        recipient,
        fingerprint,
        DeliveryState.PENDING,
        0,
        null,
        null,
        "",
        null,
        messageId,
        file);
  }

  boolean isFor(String offer, String address, String key) {
    return offerId.equals(offer) && recipient.equalsIgnoreCase(address) && fingerprint.equals(key);
  }

  public LedgerEntry withId(long newId) {
    return new LedgerEntry(
        newId,
        offerId,
        recipient,
        fingerprint,
        state,
        attempts,
        firstTryAt,
        nextTryAt,
        lastError,
        sentAt,
        messageId,
        file);
  }

  public LedgerEntry withState(DeliveryState newState) {
    return new LedgerEntry(
        id,
        offerId,
        recipient,
        fingerprint,
        newState,
        attempts,
        firstTryAt,
        nextTryAt,
        lastError,
        sentAt,
        messageId,
        file);
  }

  /** About to start an SMTP transaction: state SENDING, one more attempt. */
  public LedgerEntry sending(Instant at, String note) {
    return new LedgerEntry(
        id,
        offerId,
        recipient,
        fingerprint,
        DeliveryState.SENDING,
        attempts + 1,
        firstTryAt == null ? at : firstTryAt,
        nextTryAt,
        note,
        sentAt,
        messageId,
        file);
  }

  public LedgerEntry withError(String error) {
    return new LedgerEntry(
        id,
        offerId,
        recipient,
        fingerprint,
        state,
        attempts,
        firstTryAt,
        nextTryAt,
        error,
        sentAt,
        messageId,
        file);
  }

  public LedgerEntry withNextTryAt(Instant at) {
    return new LedgerEntry(
        id,
        offerId,
        recipient,
        fingerprint,
        state,
        attempts,
        firstTryAt,
        at,
        lastError,
        sentAt,
        messageId,
        file);
  }

  public LedgerEntry sent(Instant at) {
    return new LedgerEntry(
        id,
        offerId,
        recipient,
        fingerprint,
        DeliveryState.SENT,
        attempts,
        firstTryAt,
        null,
        "",
        at,
        messageId,
        file);
  }

  public LedgerEntry withFile(String newFile) {
    return new LedgerEntry(
        id,
        offerId,
        recipient,
        fingerprint,
        state,
        attempts,
        firstTryAt,
        nextTryAt,
        lastError,
        sentAt,
        messageId,
        newFile);
  }

  public LedgerEntry withMessageId(String newMessageId) {
    return new LedgerEntry(
        id,
        offerId,
        recipient,
        fingerprint,
        state,
        attempts,
        firstTryAt,
        nextTryAt,
        lastError,
        sentAt,
        newMessageId,
        file);
  }
}
