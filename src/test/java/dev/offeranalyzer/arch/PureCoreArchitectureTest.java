package dev.offeranalyzer.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/**
 * The pure core (offer, engine, market, tax, rules) must not reach for files, documents or mail.
 */
class PureCoreArchitectureTest {

  private static final JavaClasses MAIN =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("dev.offeranalyzer");

  @Test
  void pureCore_importsNoIoDocumentsMailOrCli() {
    ArchRule rule =
        noClasses()
            .that()
            .resideInAnyPackage(
                "dev.offeranalyzer.offer..",
                "dev.offeranalyzer.engine..",
                "dev.offeranalyzer.market..",
                "dev.offeranalyzer.tax..",
                "dev.offeranalyzer.rules..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                "java.io..",
                "java.nio.file..",
                "org.apache.poi..",
                "com.lowagie..",
                "org.openpdf..",
                "picocli..",
                "jakarta.mail..",
                "org.eclipse.angus..",
                "org.jfree..",
                "org.apache.commons.csv..",
                "dev.offeranalyzer.intake..",
                "dev.offeranalyzer.report..",
                "dev.offeranalyzer.delivery..",
                "dev.offeranalyzer.watch..",
                "dev.offeranalyzer.app..",
                "dev.offeranalyzer.files..",
                "dev.offeranalyzer.config..");

    rule.check(MAIN);
  }

  @Test
  void offerModel_dependsOnNothingDownstream() {
    noClasses()
        .that()
        .resideInAPackage("dev.offeranalyzer.offer..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "dev.offeranalyzer.engine..", "dev.offeranalyzer.market..", "dev.offeranalyzer.rules..")
        .check(MAIN);
  }
}
