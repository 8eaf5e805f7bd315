package dev.offeranalyzer.delivery;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One finished report, as the batch hands it to delivery. The figures arrive already formatted for
 * reading ("$1,234,567", "62.5 (in band)", "no market data"); delivery puts them into the message
 * body as they are.
 *
 * @param offerId the offer's id from the input; names the {@code .eml} file (made safe first)
 * @param candidate the candidate's name for the greeting and the To header, or null
 * @param email the candidate's address, or null/blank when the input has none (then no message)
 * @param company the employer, or null
 * @param role the job title, or null
 * @param level the level ("L6", "E5"), or null
 * @param fourYearTotal formatted four-year total, or null to leave the line out
 * @param fourYearAverage formatted four-year yearly average, or null to leave the line out
 * @param marketPosition formatted market position, or null to leave the line out
 * @param redFlags a short summary of the red flags ("none", "2: cliff, clawback"), or null
 * @param pdf the report PDF to attach; never null
 * @param contentKey a fingerprint of what the report says, leaving out the report date, or null to
 *     use the PDF's SHA-256; a report whose key was sent already is not sent again, so a daily run
 *     whose only change is the date on the report mails nobody twice
 */
public record ReportMail(
    String offerId,
    String candidate,
    String email,
    String company,
    String role,
    String level,
    String fourYearTotal,
    String fourYearAverage,
    String marketPosition,
    String redFlags,
    Path pdf,
    String contentKey) {

  public ReportMail {
    Objects.requireNonNull(offerId, "offerId");
    Objects.requireNonNull(pdf, "pdf");
    if (offerId.isBlank()) {
      throw new IllegalArgumentException("offerId is blank");
    }
  }

  /** Whether the input gave an address at all (it may still be invalid). */
  public boolean hasEmail() {
    return email != null && !email.isBlank();
  }
}
