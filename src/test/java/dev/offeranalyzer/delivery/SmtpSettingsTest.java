package dev.offeranalyzer.delivery;

import static dev.offeranalyzer.delivery.MailFixtures.PASSWORD_ENV;
import static dev.offeranalyzer.delivery.MailFixtures.settings;
import static dev.offeranalyzer.delivery.MailFixtures.smtpKeys;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.offeranalyzer.config.Settings.SettingsException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SmtpSettingsTest {

  @TempDir Path dir;

  private SmtpSettings smtp(Map<String, String> changes, Map<String, String> env) {
    Map<String, String> keys = new HashMap<>(smtpKeys(587));
    keys.putAll(changes);
    keys.values().removeIf(String::isEmpty);
    return SmtpSettings.from(settings(dir, keys), env);
  }

  @ParameterizedTest
  @CsvSource(
      nullValues = "-",
      value = {"none,     -,    -,    -", "starttls, true, true, -", "tls,      -,    -,    true"})
  void security_setsTheMatchingJakartaMailProperties(
      String security, String starttlsEnable, String starttlsRequired, String sslEnable) {
    Properties p =
        smtp(Map.of("smtp.security", security), Map.of(PASSWORD_ENV, "pw"))
            .sessionProperties("reports@coach.example");

    assertThat(p.getProperty("mail.smtp.starttls.enable")).isEqualTo(starttlsEnable);
    assertThat(p.getProperty("mail.smtp.starttls.required")).isEqualTo(starttlsRequired);
    assertThat(p.getProperty("mail.smtp.ssl.enable")).isEqualTo(sslEnable);
  }

  @Test
  void sessionProperties_carryHostPortTimeoutsAuthAndEnvelopeSender() {
    Properties p =
        smtp(Map.of("mail.timeout-seconds", "7"), Map.of(PASSWORD_ENV, "pw"))
            .sessionProperties("reports@coach.example");

    assertThat(p)
        .containsEntry("mail.smtp.host", "127.0.0.1")
        .containsEntry("mail.smtp.port", "587")
        .containsEntry("mail.smtp.connectiontimeout", "7000")
        .containsEntry("mail.smtp.timeout", "7000")
        .containsEntry("mail.smtp.writetimeout", "7000")
        .containsEntry("mail.smtp.auth", "true")
        .containsEntry("mail.smtp.from", "reports@coach.example");
    assertThat(p.values()).doesNotContain("pw");
  }

  @Test
  void password_comesFromTheNamedEnvironmentVariable() {
    SmtpSettings s = smtp(Map.of(), Map.of(PASSWORD_ENV, "s3cret", "OTHER", "nope"));

    assertThat(s.password()).isEqualTo("s3cret");
    assertThat(s.user()).isEqualTo("reports@coach.example");
    assertThat(s.describe()).doesNotContain("s3cret");
  }

  @Test
  void withoutUser_noPasswordIsNeededAndAuthIsOff() {
    SmtpSettings s = smtp(Map.of("smtp.user", ""), Map.of());

    assertThat(s.password()).isNull();
    assertThat(s.sessionProperties("a@b.example")).containsEntry("mail.smtp.auth", "false");
  }

  @Test
  void userWithEmptyPasswordVariable_isAConfigurationError() {
    assertThatThrownBy(() -> smtp(Map.of(), Map.of(PASSWORD_ENV, "")))
        .isInstanceOf(SettingsException.class)
        .hasMessageContaining(PASSWORD_ENV)
        .hasMessageContaining("smtp.password.env");
  }

  @Test
  void missingHost_isAConfigurationError() {
    assertThatThrownBy(() -> smtp(Map.of("smtp.host", ""), Map.of(PASSWORD_ENV, "pw")))
        .isInstanceOf(SettingsException.class)
        .hasMessageContaining("smtp.host");
  }
}
