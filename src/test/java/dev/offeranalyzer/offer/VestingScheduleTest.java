package dev.offeranalyzer.offer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VestingScheduleTest {

  @ParameterizedTest(name = "\"{0}\" is accepted")
  @ValueSource(
      strings = {
        "25/25/25/25",
        "5/15/40/40",
        "100.005/0/0/0",
        "33.33/33.33/33.33/0.01",
        "10%/20%/30%/40%",
        "99.99/0/0/0"
      })
  void parse_acceptsYearlyPercentsAddingUpTo100WithinACent(String text) {
    VestingSchedule s = VestingSchedule.parse(text);

    // Annual: one event per year that vests anything (years of 0% have no event)
    assertThat(s.events()).extracting(VestEvent::month).isSubsetOf(12, 24, 36, 48).isNotEmpty();
  }

  @ParameterizedTest(name = "\"{0}\" is rejected")
  @ValueSource(strings = {"25/25/25/24.98", "100.02/0/0/0", "50/50/50/50", "0/0/0/0"})
  void parse_rejectsSumsAwayFrom100(String text) {
    assertThatThrownBy(() -> VestingSchedule.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not 100");
  }

  @ParameterizedTest(name = "\"{0}\" is rejected")
  @ValueSource(strings = {"25/25/50", "a/b/c/d", "-5/35/35/35", "monthly"})
  void parse_rejectsWhatIsNoSchedule(String text) {
    assertThatThrownBy(() -> VestingSchedule.parse(text))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void presets_addUpTo100Percent() {
    for (VestingSchedule s : new VestingSchedule[] {VestingSchedule.AMAZON, VestingSchedule.EVEN}) {
      BigDecimal sum =
          s.events().stream().map(VestEvent::fraction).reduce(BigDecimal.ZERO, BigDecimal::add);
      assertThat(sum).as(s.name()).isEqualByComparingTo("1");
    }
    assertThat(VestingSchedule.parse(" Amazon ")).isSameAs(VestingSchedule.AMAZON);
    assertThat(VestingSchedule.defaultFor("Google").name()).isEqualTo("google");
    assertThat(VestingSchedule.defaultFor("Initech")).isSameAs(VestingSchedule.EVEN);
  }
}
