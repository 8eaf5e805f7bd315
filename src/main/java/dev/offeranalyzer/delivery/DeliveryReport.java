package dev.offeranalyzer.delivery;

import java.util.List;

/**
 * What one delivery run did, for the console summary and the exit code.
 *
 * @param written {@code .eml} messages written into the outbox by this run
 * @param sent messages handed to the SMTP server by this run
 * @param pending messages written but not sent because {@code --send} was not given
 * @param failed messages that will not go out without the coach acting: refused for good (5xx),
 *     refused for now past {@code mail.retry-for}, the address is invalid, or the PDF cannot be
 *     read
 * @param skippedNoEmail reports whose candidate has no email address
 * @param alreadySent reports that had been sent before with the same PDF content (not sent again)
 * @param errors one line per problem, naming the offer id and the address; never null
 * @param waiting with {@code --send}: messages refused for now or not reached, tried again later
 * @param uncertain messages the server may have (no answer after the data, or a killed run), held
 *     until {@code --retry-uncertain}
 * @param nextTry when the first waiting message is tried again, as the coach reads it ({@code
 *     14:30}), or empty
 * @param failedBecause the distinct reasons of the failures, in the server's words where it gave
 *     some
 * @param sendAsked true when {@code --send} was given
 */
public record DeliveryReport(
    int written,
    int sent,
    int pending,
    int failed,
    int skippedNoEmail,
    int alreadySent,
    List<String> errors,
    int waiting,
    int uncertain,
    String nextTry,
    List<String> failedBecause,
    boolean sendAsked) {

  public DeliveryReport {
    errors = List.copyOf(errors);
    failedBecause = List.copyOf(failedBecause);
    nextTry = nextTry == null ? "" : nextTry;
  }

  /** A report without waiting or uncertain messages. */
  public DeliveryReport(
      int written,
      int sent,
      int pending,
      int failed,
      int skippedNoEmail,
      int alreadySent,
      List<String> errors) {
    this(
        written,
        sent,
        pending,
        failed,
        skippedNoEmail,
        alreadySent,
        errors,
        0,
        0,
        "",
        List.of(),
        false);
  }

  /**
   * True when {@code --send} was asked and not every message went: some wait for the server, failed
   * for good or are held as uncertain (SPEC section 1, exit code 4).
   */
  public boolean notAllWent() {
    return sendAsked && (waiting + failed + uncertain > 0);
  }

  /**
   * The console line, e.g. {@code Email: 3 sent, 2 waiting for the server (next try after 14:30), 1
   * failed: 550 5.1.1 mailbox unknown}. Every count that is not zero is named; "sent" always is.
   */
  public String summaryLine() {
    StringBuilder sb = new StringBuilder("Email: ").append(sent).append(" sent");
    if (waiting > 0) {
      sb.append(", ").append(waiting).append(" waiting for the server");
      if (!nextTry.isEmpty()) {
        sb.append(" (next try after ").append(nextTry).append(')');
      }
    }
    if (pending > 0) {
      sb.append(", ").append(pending).append(" pending");
    }
    if (uncertain > 0) {
      sb.append(", ")
          .append(uncertain)
          .append(" uncertain (no answer after the message went out; sent again only with")
          .append(" --retry-uncertain)");
    }
    if (failed > 0) {
      sb.append(", ").append(failed).append(" failed");
      if (!failedBecause.isEmpty()) {
        sb.append(": ").append(String.join("; ", failedBecause));
      }
    } else if (waiting + pending + uncertain == 0) {
      sb.append(", 0 failed");
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
