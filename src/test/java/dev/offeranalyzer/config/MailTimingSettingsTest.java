package dev.offeranalyzer.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MailTimingSettingsTest {

  private static Settings with(String key, String value) {
    Properties p = new Properties();
    p.setProperty(key, value);
    return Settings.fromProperties(p, null);
  }

  @ParameterizedTest
  @CsvSource({"2d, PT48H", "36h, PT36H", "90m, PT1H30M", "45s, PT45S", "PT12H, PT12H"})
  void retryFor_readsDaysHoursMinutesSecondsOrIso(String value, String expected) {
    assertThat(with("mail.retry-for", value).mailRetryFor()).isEqualTo(Duration.parse(expected));
  }

  @ParameterizedTest
  @ValueSource(strings = {"two days", "2w", "-1h"})
  void retryFor_thatIsNotADuration_isRefusedNamingTheKey(String value) {
    assertThatThrownBy(() -> with("mail.retry-for", value))
        .hasMessageContaining("mail.retry-for must be a duration like 2d");
  }

  @ParameterizedTest
  @CsvSource({"mail.data-timeout-seconds, 600", "mail.timeout-seconds, 30"})
  void defaults_waitTenMinutesForTheEndOfDataAndThirtySecondsForTheRest(String key, int seconds) {
    Settings d = Settings.defaults();
    int actual =
        key.equals("mail.data-timeout-seconds")
            ? d.mailDataTimeoutSeconds()
            : d.mailTimeoutSeconds();
    assertThat(actual).isEqualTo(seconds);
    assertThat(d.mailRetryFor()).isEqualTo(Duration.ofDays(2));
  }
}
