package dev.offeranalyzer.delivery;

import java.time.Instant;
import java.util.Objects;

/**
 * One line of the delivery ledger: one message for one report content and one recipient.
 *
 * @param offerId the offer id as the input gave it
 * @param recipient the candidate's address
 * @param pdfSha256 lower-case hex SHA-256 of the attached PDF's bytes
 * @param state where the message stands
 * @param attempts how many times sending was tried (connection and login failures do not count)
 * @param lastError the last failure in one line, or empty
 * @param sentAt when the SMTP server accepted it, or null
 * @param messageId the Message-ID header, with its angle brackets
 * @param file the {@code .eml} file relative to the outbox ({@code x.eml} or {@code sent/x.eml})
 * @param firstTryAt when sending was first tried, or null; {@code mail.retry-for} counts from here
 * @param nextTryAt the earliest time a waiting message is tried again, or null for "any run"
 */
record LedgerEntry(
    String offerId,
    String recipient,
    String pdfSha256,
    DeliveryState state,
    int attempts,
    String lastError,
    Instant sentAt,
    String messageId,
    String file,
    Instant firstTryAt,
    Instant nextTryAt) {

  /** An entry never tried. */
  LedgerEntry(
      String offerId,
      String recipient,
      String pdfSha256,
      DeliveryState state,
      int attempts,
      String lastError,
      Instant sentAt,
      String messageId,
      String file) {
    this(
        offerId, recipient, pdfSha256, state, attempts, lastError, sentAt, messageId, file, null,
        null);
  }

  LedgerEntry {
    Objects.requireNonNull(offerId, "offerId");
    Objects.requireNonNull(recipient, "recipient");
    Objects.requireNonNull(pdfSha256, "pdfSha256");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(messageId, "messageId");
    Objects.requireNonNull(file, "file");
    lastError = lastError == null ? "" : lastError;
    if (attempts < 0) {
      throw new IllegalArgumentException("attempts < 0: " + attempts);
    }
  }

  boolean isFor(String offer, String address, String sha) {
    return offerId.equals(offer) && recipient.equalsIgnoreCase(address) && pdfSha256.equals(sha);
  }

  LedgerEntry withState(DeliveryState newState) {
    return new LedgerEntry(
        offerId,
        recipient,
        pdfSha256,
        newState,
        attempts,
        lastError,
        sentAt,
        messageId,
        file,
        firstTryAt,
        nextTryAt);
  }

  LedgerEntry withAttempt(String error) {
    return new LedgerEntry(
        offerId,
        recipient,
        pdfSha256,
        state,
        attempts + 1,
        error,
        sentAt,
        messageId,
        file,
        firstTryAt,
        nextTryAt);
  }

  LedgerEntry withError(String error) {
    return new LedgerEntry(
        offerId,
        recipient,
        pdfSha256,
        state,
        attempts,
        error,
        sentAt,
        messageId,
        file,
        firstTryAt,
        nextTryAt);
  }

  LedgerEntry sent(Instant at) {
    return new LedgerEntry(
        offerId,
        recipient,
        pdfSha256,
        DeliveryState.SENT,
        attempts,
        "",
        at,
        messageId,
        file,
        firstTryAt,
        nextTryAt);
  }

  LedgerEntry withFile(String newFile) {
    return new LedgerEntry(
        offerId,
        recipient,
        pdfSha256,
        state,
        attempts,
        lastError,
        sentAt,
        messageId,
        newFile,
        firstTryAt,
        nextTryAt);
  }

  LedgerEntry withMessageId(String newMessageId) {
    return new LedgerEntry(
        offerId,
        recipient,
        pdfSha256,
        state,
        attempts,
        lastError,
        sentAt,
        newMessageId,
        file,
        firstTryAt,
        nextTryAt);
  }

  /** A try begins: counted, first-try time set once, marked as on the wire. */
  LedgerEntry trying(Instant now, String marker) {
    return new LedgerEntry(
        offerId,
        recipient,
        pdfSha256,
        DeliveryState.SENDING,
        attempts + 1,
        marker,
        sentAt,
        messageId,
        file,
        firstTryAt == null ? now : firstTryAt,
        null);
  }

  /** After a failed try: the new state, the reason and when it is tried next (or null). */
  LedgerEntry after(DeliveryState newState, String error, Instant next) {
    return new LedgerEntry(
        offerId,
        recipient,
        pdfSha256,
        newState,
        attempts,
        error,
        sentAt,
        messageId,
        file,
        firstTryAt,
        next);
  }

  /** Another chance for a failed or uncertain message: tried by this run, the clock restarts. */
  LedgerEntry retriedByHand() {
    return new LedgerEntry(
        offerId,
        recipient,
        pdfSha256,
        DeliveryState.PENDING,
        attempts,
        lastError,
        sentAt,
        messageId,
        file,
        null,
        null);
  }
}
