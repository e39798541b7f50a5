package dev.retort.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The package arrows of STYLE.md, enforced: data flows one way and the core stays pure. */
class ArchitectureTest {
  private static JavaClasses core;

  @BeforeAll
  static void importCore() {
    core = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("dev.retort");
  }

  @Test
  void errorPackage_dependsOnNothingElseInRetort() {
    noClasses().that().resideInAPackage("dev.retort.error..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "dev.retort.graph..", "dev.retort.script..", "dev.retort.config..",
            "dev.retort.command..", "dev.retort.api..")
        .check(core);
  }

  @Test
  void graphPackage_dependsOnlyOnError() {
    noClasses().that().resideInAPackage("dev.retort.graph..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "dev.retort.script..", "dev.retort.config..", "dev.retort.command..", "dev.retort.api..")
        .check(core);
  }

  @Test
  void graphPackage_doesNoIo() {
    noClasses().that().resideInAPackage("dev.retort.graph..")
        .should().dependOnClassesThat().resideInAnyPackage("java.io..", "java.sql..")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("java.nio.file.Files")
        .check(core);
  }

  @Test
  void scriptPackage_dependsOnlyOnErrorAndGraph() {
    noClasses().that().resideInAPackage("dev.retort.script..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "dev.retort.config..", "dev.retort.command..", "dev.retort.api..")
        .check(core);
  }

  @Test
  void configPackage_dependsOnlyOnError() {
    noClasses().that().resideInAPackage("dev.retort.config..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "dev.retort.graph..", "dev.retort.script..", "dev.retort.command..", "dev.retort.api..")
        .check(core);
  }

  @Test
  void schemaPackage_dependsOnlyOnError() {
    noClasses().that().resideInAPackage("dev.retort.schema..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "dev.retort.graph..", "dev.retort.script..", "dev.retort.plan..", "dev.retort.ops..",
            "dev.retort.dialect..", "dev.retort.store..", "dev.retort.run..", "dev.retort.lint..",
            "dev.retort.autogen..", "dev.retort.config..", "dev.retort.command..", "dev.retort.api..",
            "dev.retort.migration..")
        .check(core);
  }

  @Test
  void schemaPackage_doesNoIo() {
    noClasses().that().resideInAPackage("dev.retort.schema..")
        .should().dependOnClassesThat().resideInAnyPackage("java.io..", "java.sql..", "java.nio..")
        .check(core);
  }

  @Test
  void autogenDiff_dependsOnlyOnSchemaAndOps() {
    noClasses().that().resideInAPackage("dev.retort.autogen.diff..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "dev.retort.graph..", "dev.retort.script..", "dev.retort.plan..", "dev.retort.dialect..",
            "dev.retort.store..", "dev.retort.run..", "dev.retort.lint..", "dev.retort.autogen.reflect..",
            "dev.retort.autogen.render..", "dev.retort.config..", "dev.retort.command..", "dev.retort.api..")
        .check(core);
  }

  @Test
  void autogenRender_dependsOnlyOnOpsDialectDiffScriptAndError() {
    noClasses().that().resideInAPackage("dev.retort.autogen.render..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "dev.retort.graph..", "dev.retort.plan..", "dev.retort.store..", "dev.retort.run..", "dev.retort.lint..",
            "dev.retort.autogen.reflect..", "dev.retort.autogen.scratch..", "dev.retort.autogen.source..",
            "dev.retort.config..", "dev.retort.command..", "dev.retort.api..", "java.sql..", "java.io..", "java.nio..")
        .check(core);
  }

  @Test
  void autogenDiff_doesNoIo() {
    noClasses().that().resideInAPackage("dev.retort.autogen.diff..")
        .should().dependOnClassesThat().resideInAnyPackage("java.io..", "java.sql..", "java.nio..")
        .check(core);
  }

  @Test
  void onlyTheFacadeUsesCommands() {
    noClasses().that().resideOutsideOfPackages("dev.retort.api..", "dev.retort.command..")
        .should().dependOnClassesThat().resideInAPackage("dev.retort.command..")
        .check(core);
  }

  @Test
  void jdbc_onlyInDatabasePackages() {
    noClasses().that().resideOutsideOfPackages(
            "dev.retort.dialect..", "dev.retort.store..", "dev.retort.run..", "dev.retort.autogen.reflect..",
            // scratch databases are created and dropped, schema sources applied and read, over JDBC
            "dev.retort.autogen.scratch..", "dev.retort.autogen.source..",
            // retort-migration-api: Operations.connection() hands a Java revision its JDBC connection, by design
            "dev.retort.migration..")
        .should().dependOnClassesThat().resideInAPackage("java.sql..")
        .check(core);
  }

  @Test
  void packages_haveNoCycles() {
    slices().matching("dev.retort.(*)..").should().beFreeOfCycles().check(core);
  }

  @Test
  void staticFields_areFinal() {
    fields().that().areStatic().should().haveModifier(JavaModifier.FINAL).check(core);
  }
}
