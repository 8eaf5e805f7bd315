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
    String file) {

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
        offerId, recipient, pdfSha256, newState, attempts, lastError, sentAt, messageId, file);
  }

  LedgerEntry withAttempt(String error) {
    return new LedgerEntry(
        offerId, recipient, pdfSha256, state, attempts + 1, error, sentAt, messageId, file);
  }

  LedgerEntry withError(String error) {
    return new LedgerEntry(
        offerId, recipient, pdfSha256, state, attempts, error, sentAt, messageId, file);
  }

  LedgerEntry sent(Instant at) {
    return new LedgerEntry(
        offerId, recipient, pdfSha256, DeliveryState.SENT, attempts, "", at, messageId, file);
  }

  LedgerEntry withFile(String newFile) {
    return new LedgerEntry(
        offerId, recipient, pdfSha256, state, attempts, lastError, sentAt, messageId, newFile);
  }

  LedgerEntry withMessageId(String newMessageId) {
    return new LedgerEntry(
        offerId, recipient, pdfSha256, state, attempts, lastError, sentAt, newMessageId, file);
  }
}
