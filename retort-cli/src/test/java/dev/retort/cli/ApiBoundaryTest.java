package dev.retort.cli;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * This module is a shell over Retort's public API: its classes use {@code dev.retort.api} (and the
 * errors and revision API it exposes), never an engine package. The rule checks the package this
 * class lives in, so the Maven plugin and the Spring Boot starter copy the class unchanged into
 * their root package ({@code dev.retort.maven}, {@code dev.retort.spring}); only {@link
 * #THIRD_PARTY} differs from module to module.
 */
class ApiBoundaryTest {
  /** This module's root package. */
  private static final String OWN = ApiBoundaryTest.class.getPackageName();

  /** The parts of Retort any module may use: the public API, its errors, what revisions compile against. */
  private static final String[] PUBLIC_RETORT = {"dev.retort.api..", "dev.retort.error..", "dev.retort.migration.."};

  /** What else this module's classes may use: the JDK and the libraries it is built on. */
  private static final String[] THIRD_PARTY = {"java..", "javax..", "picocli..", "com.fasterxml.jackson.."};

  private static JavaClasses module;

  @BeforeAll
  static void importModule() {
    module = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages(OWN);
  }

  /** No class of the module depends on a Retort package outside the public ones. */
  static ArchRule usesNoEngine() {
    String[] allowed = Stream.concat(Stream.of(PUBLIC_RETORT), Stream.of(OWN + "..")).toArray(String[]::new);
    return noClasses().that().resideInAPackage(OWN + "..")
        .should().dependOnClassesThat(resideInAPackage("dev.retort..").and(not(resideInAnyPackage(allowed))))
        .because("engine packages are internal: add what is missing to dev.retort.api instead");
  }

  /** The module's classes depend on nothing but the public Retort packages, their own, the JDK and their libraries. */
  static ArchRule usesOnlyKnownPackages() {
    String[] allowed = Stream.of(PUBLIC_RETORT, THIRD_PARTY, new String[] {OWN + ".."})
        .flatMap(Stream::of).toArray(String[]::new);
    return classes().that().resideInAPackage(OWN + "..")
        .should().onlyDependOnClassesThat().resideInAnyPackage(allowed);
  }

  @Test
  void moduleClasses_useNoEnginePackage() {
    usesNoEngine().check(module);
  }

  @Test
  void moduleClasses_dependOnlyOnTheAllowList() {
    usesOnlyKnownPackages().check(module);
  }

  @Test
  void rule_catchesAClassThatUsesTheEngine() {
    JavaClasses offender = new ClassFileImporter().importClasses(UsesTheEngine.class);

    assertThatThrownBy(() -> usesNoEngine().check(offender))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("dev.retort.graph.RevisionId");
    assertThatThrownBy(() -> usesOnlyKnownPackages().check(offender))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("dev.retort.graph.RevisionId");
  }

  /** What the rules must refuse: a class of the module that reaches into the revision graph. */
  static final class UsesTheEngine {
    String head() {
      return dev.retort.graph.RevisionId.of("a1b2c3d4e5f6").value();
    }
  }
}
