package dev.offeranalyzer.delivery;

/** Where one message stands in the delivery ledger. */
public enum DeliveryState {
  /** In the outbox, not sent yet; a failed attempt leaves it here for the next run. */
  PENDING,
  /** Accepted by the SMTP server; never sent again for the same PDF content and recipient. */
  SENT,
  /** Sending failed {@code mail.max-attempts} times; not retried unless the report changes. */
  FAILED
}
