package dev.offeranalyzer.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DurationsTest {

  @ParameterizedTest
  @CsvSource({"10s, 10000", "10, 10000", "2m, 120000", "1h, 3600000", "250ms, 250", " 5 S , 5000"})
  void parse(String text, long millis) {
    assertThat(Durations.parse(text)).isEqualTo(Duration.ofMillis(millis));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "ten seconds", "-5s", "1.5s", "5d"})
  void parse_refusesOtherForms(String text) {
    assertThatThrownBy(() -> Durations.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("write e.g. 10s");
  }

  @ParameterizedTest
  @CsvSource({"10000, 10s", "120000, 2m", "5400000, 1h30m", "250, 250ms", "0, 0ms"})
  void format(long millis, String text) {
    assertThat(Durations.format(Duration.ofMillis(millis))).isEqualTo(text);
  }
}
