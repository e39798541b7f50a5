package dev.retort.maven;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The plugin is a thin shell over Retort's public API: it may use dev.retort.api and
 * dev.retort.error, the JDK, Maven's plugin API, and Jackson (for the SARIF log); never an engine
 * package (command, config, plan, run, ...).
 */
class ApiBoundaryTest {
  @Test
  void plugin_usesOnlyThePublicApi() {
    JavaClasses plugin = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("dev.retort.maven");

    classes().that().resideInAPackage("dev.retort.maven..")
        .should().onlyDependOnClassesThat().resideInAnyPackage(
            "dev.retort.maven..", "dev.retort.api..", "dev.retort.error..",
            "java..", "javax..", "org.apache.maven..", "com.fasterxml.jackson.databind..", "")
        .check(plugin);
  }
}
