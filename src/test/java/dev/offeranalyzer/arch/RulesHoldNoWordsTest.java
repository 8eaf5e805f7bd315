package dev.offeranalyzer.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.offeranalyzer.rules.Approvals;
import dev.offeranalyzer.rules.CounterOfferPlan;
import dev.offeranalyzer.rules.CounterOfferPlanner;
import dev.offeranalyzer.rules.Lever;
import dev.offeranalyzer.rules.LeverAsk;
import dev.offeranalyzer.rules.NegotiationRound;
import dev.offeranalyzer.rules.NegotiationRounds;
import dev.offeranalyzer.rules.NonMoneyLever;
import dev.offeranalyzer.rules.TargetReason;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Arithmetic and words live apart: the rules never reach the report, and every class of {@code
 * rules} returns data only (findings, notes, the plan); every sentence is written in report.model.
 */
class RulesHoldNoWordsTest {

  private static final JavaClasses MAIN =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("dev.offeranalyzer");

  /** Three words in a row: a sentence, not an identifier or a descriptor. */
  private static final Pattern WORDS = Pattern.compile("[A-Za-z$]{2,}[ ,:;]+[a-z]{2,} [a-z]{2,}");

  @Test
  void rules_dependOnNothingInReport() {
    noClasses()
        .that()
        .resideInAPackage("dev.offeranalyzer.rules..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("dev.offeranalyzer.report..")
        .check(MAIN);
  }

  @Test
  void planner_holdsNoClientSentence() throws IOException {
    List<String> sentences = new ArrayList<>();
    for (Class<?> c :
        List.of(
            CounterOfferPlanner.class,
            type("dev.offeranalyzer.rules.LeverTargets"),
            type("dev.offeranalyzer.rules.NonMoneyLevers"),
            NegotiationRounds.class,
            Approvals.class,
            CounterOfferPlan.class,
            LeverAsk.class,
            Lever.class,
            NegotiationRound.class,
            NonMoneyLever.class,
            TargetReason.class)) {
      sentences.addAll(sentences(c));
    }
    assertThat(sentences).isEmpty();
  }

  /**
   * Every class of {@code rules}, read from its source: no string literal reads as a client
   * sentence (a space followed by a lowercase word), apart from exception messages.
   */
  @Test
  void rules_holdNoClientSentence() throws IOException {
    Path dir = Path.of("src/main/java/dev/offeranalyzer/rules");
    List<Path> sources;
    try (Stream<Path> files = Files.list(dir)) {
      sources = files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    }
    assertThat(sources).hasSizeGreaterThan(30);
    List<String> sentences = new ArrayList<>();
    for (Path p : sources) {
      String code = withoutComments(Files.readString(p));
      Matcher m = LITERAL.matcher(code);
      while (m.find()) {
        if (CLIENT_WORDS.matcher(m.group(1)).find() && !inExceptionMessage(code, m.start())) {
          sentences.add(p.getFileName() + ": " + m.group());
        }
      }
    }
    assertThat(sentences).isEmpty();
  }

  /** A string literal (group 1 is its content). */
  private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\\n]|\\\\.)*)\"");

  /** A space next to a lowercase word: words for a reader, not an id or a key. */
  private static final Pattern CLIENT_WORDS = Pattern.compile("\\s[a-z]{2,}|[a-z]{2,}\\s");

  /** Whether the statement holding {@code at} builds an exception or a null check's message. */
  private static boolean inExceptionMessage(String code, int at) {
    int start = Math.max(code.lastIndexOf(';', at), code.lastIndexOf('{', at)) + 1;
    String statement = code.substring(start, at);
    return statement.contains("Exception(")
        || statement.contains("Error(")
        || statement.contains("requireNonNull(");
  }

  /** The source without comments (a crude scan; no comment markers inside literals in rules). */
  private static String withoutComments(String source) {
    return source.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\n]*", "");
  }

  private static Class<?> type(String name) {
    try {
      return Class.forName(name);
    } catch (ClassNotFoundException e) {
      throw new AssertionError(name + " is gone; update this list", e);
    }
  }

  private static List<String> sentences(Class<?> c) throws IOException {
    String name = "/" + c.getName().replace('.', '/') + ".class";
    try (InputStream in = c.getResourceAsStream(name)) {
      String text = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
      List<String> out = new ArrayList<>();
      Matcher m = WORDS.matcher(text);
      while (m.find()) {
        out.add(c.getSimpleName() + ": " + m.group());
      }
      return out;
    }
  }
}
