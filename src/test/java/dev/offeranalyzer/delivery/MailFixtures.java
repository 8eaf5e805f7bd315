package dev.offeranalyzer.delivery;

import dev.offeranalyzer.config.Settings;
import jakarta.mail.BodyPart;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/** Test data for delivery: settings from real property keys, fake PDFs, report mails. */
final class MailFixtures {

  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T09:30:00Z"), ZoneOffset.UTC);
  static final String PASSWORD_ENV = "TEST_SMTP_PASSWORD";

  private MailFixtures() {}

  /** Settings read through {@link Settings#load}, so the tests use the documented keys. */
  static Settings settings(Path dir, Map<String, String> keys) {
    Properties p = new Properties();
    p.putAll(keys);
    Path file = dir.resolve("offer-analyzer-" + System.nanoTime() + ".properties");
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      p.store(w, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Settings.load(file);
  }

  /** The usual mail settings for an SMTP server on localhost:{@code port} without TLS. */
  static Map<String, String> smtpKeys(int port) {
    Map<String, String> keys = new LinkedHashMap<>();
    keys.put("coach.name", "Casey Coach");
    keys.put("coach.email", "casey@coach.example");
    keys.put("mail.from", "reports@coach.example");
    keys.put("mail.cc", "casey@coach.example");
    keys.put("smtp.host", "127.0.0.1");
    keys.put("smtp.port", Integer.toString(port));
    keys.put("smtp.security", "none");
    keys.put("smtp.user", "reports@coach.example");
    keys.put("smtp.password.env", PASSWORD_ENV);
    keys.put("mail.max-attempts", "3");
    keys.put("mail.timeout-seconds", "5");
    return keys;
  }

  static Path fakePdf(Path dir, String name, String content) {
    try {
      Path pdf = dir.resolve(name);
      Files.createDirectories(pdf.getParent());
      Files.write(pdf, ("%PDF-1.4\n" + content + "\n%%EOF\n").getBytes(StandardCharsets.UTF_8));
      return pdf;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ReportMail mail(String offerId, String candidate, String email, Path pdf) {
    return new ReportMail(
        offerId,
        candidate,
        email,
        "Amazon",
        "Senior Software Engineer",
        "L6",
        "$1,234,567",
        "$308,642",
        "62.5 (in band)",
        "none",
        pdf,
        null);
  }

  static MimeMessage parse(Path eml) {
    try (InputStream in = Files.newInputStream(eml)) {
      return new MimeMessage(Session.getInstance(new Properties()), in);
    } catch (Exception e) {
      throw new IllegalStateException("cannot parse " + eml, e);
    }
  }

  /** The bytes of the message's attachment (its second part). */
  static byte[] attachmentBytes(MimeMessage message) throws Exception {
    MimeMultipart mixed = (MimeMultipart) message.getContent();
    BodyPart pdf = mixed.getBodyPart(1);
    try (InputStream in = pdf.getInputStream()) {
      return in.readAllBytes();
    }
  }

  static String bodyText(MimeMessage message) throws Exception {
    MimeMultipart mixed = (MimeMultipart) message.getContent();
    return (String) mixed.getBodyPart(0).getContent();
  }
}
