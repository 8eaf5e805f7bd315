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
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Arithmetic and words live apart: the rules never reach the report, and the counter-offer planner
 * returns data only (every sentence of the plan is written in report.model).
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
