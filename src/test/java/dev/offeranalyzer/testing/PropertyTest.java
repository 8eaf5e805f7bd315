package dev.offeranalyzer.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PropertyTest {

  @Test
  void brokenLaw_failsNamingTheSampleAndTheSeed() {
    assertThatThrownBy(
            () ->
                Property.forAll(
                    7L, 200, Property.longs(0, 1000), n -> assertThat(n).isLessThan(500)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("seed 7")
        .hasMessageContaining("-Dproperty.seed=7")
        .hasMessageMatching("(?s)property failed on sample \\d+ of 200 .*: \\d+\\R.*");
  }

  @Test
  void anExceptionInTheLaw_isAFailureToo() {
    assertThatThrownBy(
            () ->
                Property.forAll(
                    1L,
                    5,
                    Property.strings(3),
                    s -> {
                      throw new IllegalStateException("boom");
                    }))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("boom")
        .hasCauseInstanceOf(IllegalStateException.class);
  }

  @Test
  void sameSeed_givesTheSameSamples() {
    List<Long> first = new ArrayList<>();
    List<Long> second = new ArrayList<>();
    Property.forAll(99L, 50, Property.longs(-5, Long.MAX_VALUE), first::add);
    Property.forAll(99L, 50, Property.longs(-5, Long.MAX_VALUE), second::add);

    assertThat(first).isEqualTo(second);
  }

  @Test
  void longs_stayInRangeAndHitTheEdges() {
    List<Long> seen = new ArrayList<>();
    Property.forAll(3L, 500, Property.longs(-10, 10), seen::add);

    assertThat(seen).allMatch(n -> n >= -10 && n <= 10).contains(-10L, 0L, 10L);
  }

  @Test
  void decimals_haveTheScaleAndStayInRange() {
    Property.forAll(
        1000,
        Property.decimals(BigDecimal.ZERO, new BigDecimal("100000000"), 2),
        d -> {
          assertThat(d.scale()).isEqualTo(2);
          assertThat(d).isBetween(BigDecimal.ZERO, new BigDecimal("100000000"));
        });
  }

  @Test
  void strings_respectTheMaximumLength() {
    Property.forAll(
        1000, Property.strings(20), s -> assertThat(s.length()).isLessThanOrEqualTo(20));
  }

  @Test
  void show_escapesInvisibleCharacters() {
    assertThat(Property.show("a\u00A0\n")).isEqualTo("\"a\\u{00A0}\\u{000A}\"");
  }
}
