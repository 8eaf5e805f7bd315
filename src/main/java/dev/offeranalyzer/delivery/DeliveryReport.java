package dev.offeranalyzer.delivery;

import java.util.List;

/**
 * What one delivery run did, for the console summary.
 *
 * @param written {@code .eml} messages written into the outbox by this run
 * @param sent messages handed to the SMTP server by this run
 * @param pending messages this run dealt with that still wait in the outbox (not sent yet, or a
 *     send failed and will be retried on the next run with {@code --send})
 * @param failed messages that will not go out without the coach acting: sending failed {@code
 *     mail.max-attempts} times, the address is invalid, or the PDF cannot be read
 * @param skippedNoEmail reports whose candidate has no email address
 * @param alreadySent reports that had been sent before with the same PDF content (not sent again)
 * @param uncertain messages held as uncertain: they may have been delivered, and are sent again
 *     only with {@code --retry-uncertain}
 * @param errors one line per problem, naming the offer id and the address; never null
 */
public record DeliveryReport(
    int written,
    int sent,
    int pending,
    int failed,
    int skippedNoEmail,
    int alreadySent,
    int uncertain,
    List<String> errors) {

  public DeliveryReport {
    errors = List.copyOf(errors);
  }

  /** A report without uncertain messages. */
  public DeliveryReport(
      int written,
      int sent,
      int pending,
      int failed,
      int skippedNoEmail,
      int alreadySent,
      List<String> errors) {
    this(written, sent, pending, failed, skippedNoEmail, alreadySent, 0, errors);
  }

  /** The console line, e.g. {@code Email: 3 sent, 1 pending, 0 failed}. */
  public String summaryLine() {
    StringBuilder sb =
        new StringBuilder()
            .append("Email: ")
            .append(sent)
            .append(" sent, ")
            .append(pending)
            .append(" pending, ")
            .append(failed)
            .append(" failed");
    if (uncertain > 0) {
      sb.append(", ").append(uncertain).append(" uncertain");
    }
    if (alreadySent > 0) {
      sb.append(", ").append(alreadySent).append(" already sent earlier");
    }
    if (skippedNoEmail > 0) {
      sb.append(", ").append(skippedNoEmail).append(" without email address");
    }
    return sb.toString();
  }
}
