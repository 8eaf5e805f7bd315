package dev.offeranalyzer.delivery;

import dev.offeranalyzer.config.Settings;
import dev.offeranalyzer.config.Settings.SettingsException;
import java.util.Map;
import java.util.Properties;

/**
 * What {@code --send} needs to reach the SMTP server, checked before anything is sent.
 *
 * @param user the login, or null for a server without authentication
 * @param password the password from the environment; null exactly when {@code user} is null
 */
record SmtpSettings(
    String host, int port, String security, String user, String password, int timeoutSeconds) {

  /**
   * Reads the SMTP settings; the password comes from the environment variable named by {@code
   * smtp.password.env}, never from a file.
   *
   * @throws SettingsException naming the missing key or environment variable
   */
  static SmtpSettings from(Settings settings, Map<String, String> env) {
    if (!Texts.present(settings.smtpHost())) {
      throw new SettingsException("--send needs smtp.host in the config file");
    }
    String user = Texts.present(settings.smtpUser()) ? settings.smtpUser().trim() : null;
    String password = null;
    if (user != null) {
      String var = settings.smtpPasswordEnv();
      password = var == null ? null : env.get(var);
      if (password == null || password.isEmpty()) {
        throw new SettingsException(
            "--send with smtp.user "
                + user
                + " needs the SMTP password in the environment variable "
                + var
                + " (named by smtp.password.env); it is not set");
      }
    }
    return new SmtpSettings(
        settings.smtpHost().trim(),
        settings.smtpPort(),
        settings.smtpSecurity(),
        user,
        password,
        settings.mailTimeoutSeconds());
  }

  /** Jakarta Mail session properties for the {@code smtp} protocol. */
  Properties sessionProperties(String envelopeFrom) {
    Properties p = new Properties();
    p.setProperty("mail.transport.protocol", "smtp");
    p.setProperty("mail.smtp.host", host);
    p.setProperty("mail.smtp.port", Integer.toString(port));
    p.setProperty("mail.smtp.from", envelopeFrom);
    String millis = Long.toString(timeoutSeconds * 1000L);
    p.setProperty("mail.smtp.connectiontimeout", millis);
    p.setProperty("mail.smtp.timeout", millis);
    p.setProperty("mail.smtp.writetimeout", millis);
    p.setProperty("mail.smtp.auth", Boolean.toString(user != null));
    switch (security) {
      case "starttls" -> {
        p.setProperty("mail.smtp.starttls.enable", "true");
        p.setProperty("mail.smtp.starttls.required", "true");
        p.setProperty("mail.smtp.ssl.checkserveridentity", "true");
      }
      case "tls" -> {
        p.setProperty("mail.smtp.ssl.enable", "true");
        p.setProperty("mail.smtp.ssl.checkserveridentity", "true");
      }
      case "none" -> {
        // Plain SMTP, for a relay on the same machine or network.
      }
      default ->
          throw new SettingsException(
              "smtp.security must be none, starttls or tls, not " + security);
    }
    return p;
  }

  /** {@code host:port (security)} for messages; never the password. */
  String describe() {
    return host + ":" + port + " (" + security + ")";
  }
}
