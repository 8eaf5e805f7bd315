package dev.offeranalyzer.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SafeNamesTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "../../etc/passwd",
        "/abs/path",
        "a\\b",
        "C:evil",
        "CON",
        "nul",
        "com1.txt",
        "=1+1",
        "王芳",
        "😀😀",
        "\t\r",
        ".hidden",
        "..",
        "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
      })
  void hostileText_givesOnlySafeBoundedNames(String text) {
    String stem = SafeNames.stem(text);
    assertThat(stem).matches("[A-Za-z0-9._-]+").doesNotStartWith(".").doesNotContain("..");
    assertThat(stem.length()).isLessThanOrEqualTo(SafeNames.MAX_STEM + 9);
    assertThat(stem.toUpperCase()).isNotIn("CON", "NUL", "COM1");
  }

  @Test
  void plainIds_areKept_andAccentsDropped() {
    assertThat(SafeNames.stem("A-101")).isEqualTo("A-101");
    assertThat(SafeNames.stem("José Müller")).startsWith("Jose_Muller_");
  }

  @Test
  void differentTexts_neverGiveTheSameStem() {
    List<String> texts = List.of("a/b", "a\\b", "a:b", "a b", "a_b", "王芳", "李娜", "😀", "😁");
    Set<String> stems = new HashSet<>();
    texts.forEach(t -> stems.add(SafeNames.stem(t)));
    assertThat(stems).hasSize(texts.size());
  }
}
