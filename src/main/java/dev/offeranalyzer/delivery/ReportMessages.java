package dev.offeranalyzer.delivery;

import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MailDateFormat;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.PreencodedMimeBodyPart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Base64;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.TimeZone;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Composes the message for one report: multipart/mixed with a UTF-8 text body in our own words and
 * the PDF attached, serialized exactly as it will be sent (an {@code .eml} file).
 */
final class ReportMessages {

  /** Used for the Message-ID when no From address is configured (dry run only). */
  static final String NO_DOMAIN = "offer-analyzer.invalid";

  private final InternetAddress from;
  private final InternetAddress cc;
  private final InternetAddress replyTo;

  /** Marks an .eml file as a draft for mail programs. */
  static final String UNSENT_HEADER = "X-Unsent";

  private final String coachName;
  private final Clock clock;
  private final Session session = Session.getInstance(new Properties());

  /**
   * @param from the From header, or null to leave it out (dry run without mail.from/coach.email)
   * @param cc a Cc on every message, or null
   * @param replyTo a Reply-To on every message, or null
   * @param coachName the name that signs the body, or null
   * @param clock gives the Date header (instant and time zone)
   */
  ReportMessages(
      InternetAddress from,
      InternetAddress cc,
      InternetAddress replyTo,
      String coachName,
      Clock clock) {
    this.from = from;
    this.cc = cc;
    this.replyTo = replyTo;
    this.coachName = coachName;
    this.clock = clock;
  }

  /** The whole message as RFC 5322 bytes (CRLF line ends). */
  byte[] compose(ReportMail mail, InternetAddress to, byte[] pdf, String messageId)
      throws MessagingException, IOException {
    MimeMessage msg = new FixedIdMessage(session, messageId);
    if (from != null) {
      msg.setFrom(from);
    }
    msg.setRecipient(MimeMessage.RecipientType.TO, Addresses.withName(to, mail.candidate()));
    if (cc != null) {
      msg.setRecipient(MimeMessage.RecipientType.CC, cc);
    }
    if (replyTo != null) {
      msg.setReplyTo(new InternetAddress[] {replyTo});
    }
    msg.setSubject(subject(mail), StandardCharsets.UTF_8.name());
    MailDateFormat dates = new MailDateFormat();
    dates.setTimeZone(TimeZone.getTimeZone(clock.getZone()));
    msg.setHeader("Date", dates.format(Date.from(clock.instant())));
    // Outlook and Thunderbird open an .eml with this header as a draft, ready to send; the header
    // is taken off before the message goes out over SMTP (MailDelivery).
    msg.setHeader(UNSENT_HEADER, "1");

    MimeBodyPart text = new MimeBodyPart();
    text.setText(body(mail, coachName), StandardCharsets.UTF_8.name());
    MimeBodyPart attachment = attachment(pdf, mail.pdf().getFileName().toString());
    MimeMultipart mixed = new MimeMultipart("mixed");
    mixed.addBodyPart(text);
    mixed.addBodyPart(attachment);
    msg.setContent(mixed);
    msg.saveChanges();

    ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length * 4 / 3 + 4096);
    msg.writeTo(out);
    return out.toByteArray();
  }

  /**
   * The PDF as a base64 attachment. It is encoded here with the JDK's MIME encoder (76-character
   * lines, CRLF) and handed over pre-encoded: Jakarta Mail's own encoder gives the same bytes at a
   * few times the cost, and the outbox writes one attachment per offer (docs/performance.md).
   */
  static MimeBodyPart attachment(byte[] pdf, String fileName) throws MessagingException {
    byte[] encoded = Base64.getMimeEncoder(76, CRLF).encode(pdf);
    // Jakarta Mail ends every full line with CRLF, the last one too; the JDK only separates lines.
    int base64Length = 4 * ((pdf.length + 2) / 3);
    if (base64Length > 0 && base64Length % 76 == 0) {
      encoded = java.util.Arrays.copyOf(encoded, encoded.length + 2);
      encoded[encoded.length - 2] = '\r';
      encoded[encoded.length - 1] = '\n';
    }
    MimeBodyPart attachment = new PreencodedMimeBodyPart("base64");
    attachment.setDataHandler(new DataHandler(new ByteArrayDataSource(encoded, "application/pdf")));
    // Said now, the encoding is not looked for by reading the whole attachment for non-ASCII bytes
    // when the message is saved (MimeBodyPart.updateHeaders); the value is the one it would find.
    attachment.setHeader("Content-Transfer-Encoding", "base64");
    attachment.setFileName(fileName);
    attachment.setDisposition(Part.ATTACHMENT);
    return attachment;
  }

  private static final byte[] CRLF = {'\r', '\n'};

  /**
   * A Message-ID that depends only on the report content, the recipient and the sender's domain, so
   * a retry carries the same id and a receiving server that saw it already can drop it.
   */
  static String messageId(
      String offerId, String recipient, String pdfSha256, InternetAddress from) {
    String key = offerId + "\n" + recipient.toLowerCase(Locale.ROOT) + "\n" + pdfSha256;
    String hex = sha256Hex(key.getBytes(StandardCharsets.UTF_8)).substring(0, 32);
    String domain = NO_DOMAIN;
    if (from != null) {
      String address = from.getAddress();
      domain = address.substring(address.lastIndexOf('@') + 1).toLowerCase(Locale.ROOT);
    }
    return "<" + hex + ".offer-analyzer@" + domain + ">";
  }

  /** E.g. {@code Your offer report: Amazon L6 (Jane Doe)}; parts that are missing are left out. */
  static String subject(ReportMail mail) {
    String head = join(" ", mail.company(), mail.level());
    if (head.isEmpty()) {
      head = Texts.oneLine(mail.role());
    }
    StringBuilder s = new StringBuilder("Your offer report");
    if (!head.isEmpty()) {
      s.append(": ").append(head);
    }
    if (Texts.present(mail.candidate())) {
      s.append(" (").append(Texts.oneLine(mail.candidate())).append(')');
    }
    return s.toString();
  }

  /** The plain-text body; lines end in LF here, the MIME writer turns them into CRLF. */
  static String body(ReportMail mail, String coachName) {
    StringBuilder b = new StringBuilder();
    b.append(Texts.present(mail.candidate()) ? "Hello " + Texts.oneLine(mail.candidate()) : "Hello")
        .append(",\n\n");
    b.append("Your offer report");
    if (Texts.present(mail.role())) {
      b.append(" for ").append(Texts.oneLine(mail.role()));
      if (Texts.present(mail.level())) {
        b.append(" (").append(Texts.oneLine(mail.level())).append(')');
      }
    } else if (Texts.present(mail.level())) {
      b.append(" for level ").append(Texts.oneLine(mail.level()));
    }
    if (Texts.present(mail.company())) {
      b.append(" at ").append(Texts.oneLine(mail.company()));
    }
    b.append(" is attached as a PDF.\n");

    List<String[]> figures =
        Stream.of(
                new String[] {"Four-year total", mail.fourYearTotal()},
                new String[] {"Yearly average", mail.fourYearAverage()},
                new String[] {"Market position", mail.marketPosition()},
                new String[] {"Red flags", mail.redFlags()})
            .filter(f -> Texts.present(f[1]))
            .toList();
    if (!figures.isEmpty()) {
      b.append("\nThe figures at a glance:\n");
      for (String[] f : figures) {
        b.append(String.format(Locale.ROOT, "  %-17s %s\n", f[0] + ":", Texts.oneLine(f[1])));
      }
    }
    b.append("\nThe report explains how each figure was worked out and where there is room")
        .append(" to negotiate.\nIf anything is unclear, just reply to this message.\n\n")
        .append("Kind regards");
    if (Texts.present(coachName)) {
      b.append(",\n").append(Texts.oneLine(coachName));
    }
    b.append('\n');
    return b.toString().replace("\r\n", "\n");
  }

  static String sha256Hex(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  private static String join(String sep, String... parts) {
    return Stream.of(parts)
        .filter(Texts::present)
        .map(Texts::oneLine)
        .collect(Collectors.joining(sep));
  }

  /** Keeps the Message-ID we chose; Jakarta Mail would otherwise make a random one. */
  private static final class FixedIdMessage extends MimeMessage {
    private final String id;

    FixedIdMessage(Session session, String id) {
      super(session);
      this.id = id;
    }

    @Override
    protected void updateMessageID() throws MessagingException {
      setHeader("Message-ID", id);
    }
  }
}
