package dev.retort.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The package arrows of STYLE.md, enforced: data flows one way and the core stays pure. */
class ArchitectureTest {
  private static JavaClasses core;

  @BeforeAll
  static void importCore() {
    core = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .withImportOption(location -> !location.contains("/dev/retort/testkit/")) // test-only servers
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

  /** The packages a type in the public API's signatures may come from. */
  private static final List<String> API_SIGNATURE_PACKAGES = List.of("java.", "javax.", "dev.retort.api", "dev.retort.error");

  /**
   * Public constructors, methods and fields of the public classes in {@code apiPackage} name only
   * JDK, API and error types: in parameters, results, type arguments and throws clauses.
   */
  static List<ArchRule> apiSignaturesExposeNoEngineType(String apiPackage) {
    ArchCondition<JavaCodeUnit> codeCondition = new ArchCondition<>("name only JDK, API and error types") {
      @Override
      public void check(JavaCodeUnit unit, ConditionEvents events) {
        List<JavaType> types = new ArrayList<>(unit.getParameterTypes());
        types.add(unit.getReturnType());
        types.addAll(unit.getExceptionTypes());
        report(unit.getFullName(), types, events);
      }
    };
    ArchCondition<JavaField> fieldCondition = new ArchCondition<>("have a JDK, API or error type") {
      @Override
      public void check(JavaField field, ConditionEvents events) {
        report(field.getFullName(), List.of(field.getType()), events);
      }
    };
    return List.of(
        codeUnits().that().arePublic().and().areDeclaredInClassesThat().resideInAPackage(apiPackage)
            .and().areDeclaredInClassesThat().arePublic().should(codeCondition),
        fields().that().arePublic().and().areDeclaredInClassesThat().resideInAPackage(apiPackage)
            .and().areDeclaredInClassesThat().arePublic().should(fieldCondition));
  }

  private static void report(String member, List<JavaType> types, ConditionEvents events) {
    Set<String> engine = new TreeSet<>();
    for (JavaType type : types) {
      for (JavaClass raw : type.getAllInvolvedRawTypes()) {
        String name = raw.getName();
        if (!raw.isPrimitive() && API_SIGNATURE_PACKAGES.stream().noneMatch(name::startsWith)) {
          engine.add(name);
        }
      }
    }
    boolean clean = engine.isEmpty();
    events.add(new SimpleConditionEvent(member, clean, member + (clean ? " exposes no engine type" : " exposes " + engine)));
  }

  @Test
  void api_publicSignaturesExposeNoEngineType() {
    apiSignaturesExposeNoEngineType("dev.retort.api..").forEach(rule -> rule.check(core));
  }

  @Test
  void apiSignatureRule_catchesAnEngineTypeInAParameterAResultOrATypeArgument() {
    JavaClasses leaky = new ClassFileImporter().importClasses(LeakyApi.class);
    List<ArchRule> rules = apiSignaturesExposeNoEngineType("dev.retort.arch..");

    assertThatThrownBy(() -> rules.get(0).check(leaky))
        .hasMessageContaining("LeakyApi.head(dev.retort.graph.RevisionGraph)")
        .hasMessageContaining("LeakyApi.ids()")
        .hasMessageContaining("dev.retort.graph.RevisionId");
    assertThatThrownBy(() -> rules.get(1).check(leaky)).hasMessageContaining("LeakyApi.kind");
  }

  /** What the signature rule must refuse: engine types in public signatures. */
  public static final class LeakyApi {
    public final dev.retort.graph.RevisionKind kind = dev.retort.graph.RevisionKind.SQL;

    public String head(dev.retort.graph.RevisionGraph graph) {
      return graph.heads().get(0).value();
    }

    public List<dev.retort.graph.RevisionId> ids() {
      return List.of();
    }

    String hidden(dev.retort.graph.RevisionGraph graph) {
      return graph.toString();
    }
  }

  @Test
  void jdbc_onlyInDatabasePackages() {
    noClasses().that().resideOutsideOfPackages(
            "dev.retort.dialect..", "dev.retort.store..", "dev.retort.run..", "dev.retort.autogen.reflect..",
            // scratch databases are created and dropped, schema sources applied and read, over JDBC
            "dev.retort.autogen.scratch..", "dev.retort.autogen.source..",
            // verify runs seed files on its throwaway database
            "dev.retort.verify..",
            // retort-migration-api: Operations.connection() hands a Java revision its JDBC connection, by design
            "dev.retort.migration..")
        // the public API's callbacks hand user code the run's connection, by design (as Operations.connection())
        .and().doNotHaveFullyQualifiedName("dev.retort.api.CallbackContext")
        .and().doNotHaveFullyQualifiedName("dev.retort.api.Callback")
        .and().doNotHaveFullyQualifiedName("dev.retort.api.CallbackAdapter")
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
