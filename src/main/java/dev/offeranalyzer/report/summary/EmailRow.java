package dev.offeranalyzer.report.summary;

import java.time.Instant;

/**
 * One line of the {@code Email} sheet: one message of the ledger.
 *
 * @param state PENDING, SENDING, SENT, FAILED or UNCERTAIN
 * @param lastError the last failure, or empty
 * @param sentAt when the server accepted it, or null
 * @param nextTry for a message waiting for the server, when it is tried next as the coach reads it
 *     ({@code Dec 1 10:15}); else empty
 */
public record EmailRow(
    String offerId,
    String recipient,
    String state,
    int attempts,
    String lastError,
    Instant sentAt,
    String nextTry) {

  public EmailRow {
    nextTry = nextTry == null ? "" : nextTry;
  }

  /** A message not waiting for a next try. */
  public EmailRow(
      String offerId,
      String recipient,
      String state,
      int attempts,
      String lastError,
      Instant sentAt) {
    this(offerId, recipient, state, attempts, lastError, sentAt, "");
  }
}
