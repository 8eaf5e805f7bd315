package dev.offeranalyzer.report.summary;

import java.time.Instant;

/**
 * One line of the {@code Email} sheet: one message of the ledger.
 *
 * @param state PENDING, SENDING, SENT, FAILED or UNCERTAIN
 * @param lastError the last failure, or empty
 * @param sentAt when the server accepted it, or null
 */
public record EmailRow(
    String offerId,
    String recipient,
    String state,
    int attempts,
    String lastError,
    Instant sentAt) {}
