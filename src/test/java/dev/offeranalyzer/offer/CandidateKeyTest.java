package dev.offeranalyzer.offer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CandidateKeyTest {

  @Test
  void trimsCollapsesWhiteSpaceAndLowersCase() {
    assertThat(CandidateKey.of("  Jane \t\n Doe ")).isEqualTo("jane doe");
    assertThat(CandidateKey.of("JANE DOE")).isEqualTo(CandidateKey.of("jane  doe"));
    assertThat(CandidateKey.of(null)).isEmpty();
    assertThat(CandidateKey.of("\u2003Zoë\u00A0Ünal\u2003")).isEqualTo("zoë\u00A0ünal");
  }

  @Test
  void givesWhatTheRegularExpressionGave_onRandomNames() {
    String alphabet = "aZé \t\n\u000B\f\r\u00A0\u2003\u3000x";
    Random r = new Random(14);
    for (int i = 0; i < 20_000; i++) {
      StringBuilder sb = new StringBuilder();
      for (int k = r.nextInt(12); k > 0; k--) {
        sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
      }
      String name = sb.toString();
      String expected = name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
      assertThat(CandidateKey.of(name))
          .as("%s", name.codePoints().boxed().toList())
          .isEqualTo(expected);
    }
  }
}
