package dev.retort.spring;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The starter is a thin shell over Retort's public API: it may use {@code dev.retort.api} and the
 * error types of {@code dev.retort.error}, never an engine package (command, run, plan, config, ...).
 */
class ApiBoundaryTest {
  private static final JavaClasses STARTER = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("dev.retort.spring");

  @Test
  void starter_usesOnlyRetortsPublicApi() {
    classes().that().resideInAPackage("dev.retort.spring..")
        .should().onlyDependOnClassesThat().resideInAnyPackage(
            "dev.retort.spring..",
            "dev.retort.api..",
            "dev.retort.error..",
            "java..",
            "javax.sql..",
            "org.springframework..",
            // Spring's logging facade
            "org.apache.commons.logging..")
        .check(STARTER);
  }
}
