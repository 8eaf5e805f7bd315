package dev.offeranalyzer.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.InternetAddress;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReportMessagesTest {

  private static final Path PDF = Path.of("r.pdf");
  private static final String SHA = "ab".repeat(32);

  private static ReportMail mail(String candidate, String company, String role, String level) {
    return new ReportMail(
        "A", candidate, "j@example.com", company, role, level, null, null, null, null, PDF, null);
  }

  @ParameterizedTest
  @CsvSource(
      nullValues = "-",
      delimiter = '|',
      value = {
        "Jane Doe | Amazon | Engineer | L6 | Your offer report: Amazon L6 (Jane Doe)",
        "Jane Doe | Amazon | Engineer | -  | Your offer report: Amazon (Jane Doe)",
        "Jane Doe | -      | Engineer | -  | Your offer report: Engineer (Jane Doe)",
        "-        | Amazon | Engineer | L6 | Your offer report: Amazon L6",
        "-        | -      | -        | -  | Your offer report",
        "'Jane\r\nBcc: eve@x.com' | Amazon | - | L6 | Your offer report: Amazon L6 (Jane Bcc: eve@x.com)"
      })
  void subject_namesCompanyLevelAndCandidate_onOneLine(
      String candidate, String company, String role, String level, String expected) {
    assertThat(ReportMessages.subject(mail(candidate, company, role, level))).isEqualTo(expected);
  }

  @ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(
      ints = {0, 1, 2, 3, 56, 57, 58, 59, 113, 114, 115, 65_432, 65_436})
  void attachment_isByteForByteWhatJakartaMailsOwnEncoderWrites(int size) throws Exception {
    byte[] pdf = new byte[size];
    new java.util.Random(size).nextBytes(pdf);
    jakarta.mail.internet.MimeBodyPart reference = new jakarta.mail.internet.MimeBodyPart();
    reference.setDataHandler(
        new jakarta.activation.DataHandler(
            new jakarta.mail.util.ByteArrayDataSource(pdf, "application/pdf")));
    reference.setFileName("A-1 report.pdf");
    reference.setDisposition(jakarta.mail.Part.ATTACHMENT);
    reference.setHeader("Content-Transfer-Encoding", "base64");

    assertThat(written(ReportMessages.attachment(pdf, "A-1 report.pdf")))
        .isEqualTo(written(reference));
  }

  private static String written(jakarta.mail.internet.MimeBodyPart part) throws Exception {
    jakarta.mail.internet.MimeMultipart mixed = new jakarta.mail.internet.MimeMultipart("mixed");
    mixed.addBodyPart(part);
    jakarta.mail.internet.MimeMessage msg =
        new jakarta.mail.internet.MimeMessage(
            jakarta.mail.Session.getInstance(new java.util.Properties()));
    msg.setContent(mixed);
    msg.saveChanges();
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    part.writeTo(out);
    return out.toString(java.nio.charset.StandardCharsets.US_ASCII);
  }

  @Test
  void body_givesTheHeadlineFiguresAndLeavesOutMissingOnes() {
    ReportMail m =
        new ReportMail(
            "A",
            "Jane Doe",
            "j@example.com",
            "Amazon",
            "Senior Engineer",
            "L6",
            "$1,234,567",
            null,
            "no market data",
            "2: cliff, clawback",
            PDF,
            null);

    String body = ReportMessages.body(m, "Casey Coach");

    assertThat(body)
        .startsWith("Hello Jane Doe,\n\nYour offer report for Senior Engineer (L6) at Amazon")
        .contains("  Four-year total:  $1,234,567\n")
        .contains("  Market position:  no market data\n")
        .contains("  Red flags:        2: cliff, clawback\n")
        .doesNotContain("Yearly average")
        .endsWith("Kind regards,\nCasey Coach\n")
        .doesNotContain("\r");
  }

  @Test
  void body_withoutNamesOrFigures_staysGrammatical() {
    String body = ReportMessages.body(mail(null, null, null, null), null);

    assertThat(body)
        .startsWith("Hello,\n\nYour offer report is attached as a PDF.\n")
        .doesNotContain("at a glance")
        .endsWith("Kind regards\n");
  }

  @Test
  void messageId_isStableAndChangesWithContentOrRecipient() throws Exception {
    InternetAddress from = new InternetAddress("reports@Coach.Example");
    String id = ReportMessages.messageId("A", "jane@example.com", SHA, from);

    assertThat(id).matches("<[0-9a-f]{32}\\.offer-analyzer@coach\\.example>");
    assertThat(ReportMessages.messageId("A", "JANE@example.com", SHA, from)).isEqualTo(id);
    assertThat(ReportMessages.messageId("A", "jane@example.com", "cd".repeat(32), from))
        .isNotEqualTo(id);
    assertThat(ReportMessages.messageId("A", "john@example.com", SHA, from)).isNotEqualTo(id);
    assertThat(ReportMessages.messageId("B", "jane@example.com", SHA, from)).isNotEqualTo(id);
    assertThat(ReportMessages.messageId("A", "jane@example.com", SHA, null))
        .endsWith("@offer-analyzer.invalid>");
  }
}
