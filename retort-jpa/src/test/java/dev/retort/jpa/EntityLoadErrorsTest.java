package dev.retort.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.retort.autogen.source.EntityLoadException;
import dev.retort.autogen.source.EntitySource;
import dev.retort.error.ErrorCode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The RT-M010 errors: a class that does not load, a mapping Hibernate refuses, no entities, a bad class path. */
class EntityLoadErrorsTest {
  @TempDir Path folder;

  @Test
  void ddl_entityNeedsAMissingClass_namesTheEntityAndTheMissingClass() throws Exception {
    CompiledClasses.compile(folder, Map.of(
        "shop/Money.java", "package shop; public class Money { long cents; }",
        "shop/Invoice.java", """
            package shop;
            @jakarta.persistence.Entity
            public class Invoice {
              @jakarta.persistence.Id Long id;
              Money total;
            }
            """));
    Files.delete(folder.resolve("shop/Money.class"));

    EntityLoadException e = export("shop", List.of(folder), "postgresql");

    assertThat(e.code()).isEqualTo(ErrorCode.M010);
    assertThat(e.summary()).isEqualTo("entity shop.Invoice does not load: class shop.Money is missing");
    assertThat(e.details()).containsExactly(
        "shop.Invoice needs shop.Money, which is on neither the class path nor Retort's own",
        "reason: java.lang.NoClassDefFoundError: shop/Money");
    assertThat(e.hint()).isEqualTo("add the jar or folder that holds shop.Money to --classpath (classpath in retort.toml)");
  }

  @Test
  void ddl_missingClassOutsideTheEntities_isNotLoadedAndDoesNotFail() throws Exception {
    CompiledClasses.compile(folder, Map.of(
        "shop/Money.java", "package shop; public class Money { long cents; }",
        "shop/Pricing.java", "package shop; public class Pricing { Money base; }",
        "shop/Item.java", """
            package shop;
            @jakarta.persistence.Entity
            public class Item { @jakarta.persistence.Id Long id; String name; }
            """));
    Files.delete(folder.resolve("shop/Money.class"));

    var ddl = new HibernateEntitySchemaExport().ddl(new EntitySource("shop", List.of(folder), "postgresql"));

    assertThat(ddl.statements()).anySatisfy(s -> assertThat(s).startsWith("create table Item"));
  }

  @Test
  void ddl_mappingHibernateRefuses_givesHibernatesReasonOnOneLine() {
    EntityLoadException e = export("dev.retort.jpa.refused", List.of(Shop.testClasses()), "postgresql");

    assertThat(e.code()).isEqualTo(ErrorCode.M010);
    assertThat(e.summary()).startsWith("Hibernate ORM refuses the entities of package dev.retort.jpa.refused: ")
        .contains("Entity 'dev.retort.jpa.refused.NoIdentifier' has no identifier").doesNotContain("\n");
    assertThat(e.details()).contains("class path searched: " + Shop.testClasses());
  }

  @Test
  void ddl_packageWithoutEntities_saysSoAndNamesTheClassPath() {
    EntityLoadException e = export("dev.retort.jpa.empty", List.of(Shop.testClasses()), "postgresql");

    assertThat(e.code()).isEqualTo(ErrorCode.M010);
    assertThat(e.summary()).isEqualTo("no JPA entities in package dev.retort.jpa.empty");
    assertThat(e.details()).contains("class path searched: " + Shop.testClasses());
  }

  @Test
  void ddl_javaxEntities_sayHibernateReadsJakarta() throws Exception {
    Path fake = folder.resolve("javax/persistence");
    Files.createDirectories(fake);
    CompiledClasses.compile(folder, Map.of(
        "javax/persistence/Entity.java", """
            package javax.persistence;
            @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
            public @interface Entity {}
            """,
        "old/Legacy.java", "package old; @javax.persistence.Entity public class Legacy { Long id; }"));

    EntityLoadException e = export("old", List.of(folder), "postgresql");

    assertThat(e.details()).anySatisfy(d -> assertThat(d).isEqualTo(
        "old.Legacy uses javax.persistence; Hibernate ORM 7 reads jakarta.persistence only"));
  }

  @Test
  void ddl_classPathEntryMissing_namesIt() {
    Path missing = folder.resolve("target/classes");

    EntityLoadException e = export("shop", List.of(missing), "postgresql");

    assertThat(e.summary()).isEqualTo("class path entry " + missing + " does not exist");
  }

  @Test
  void ddl_dialectWithoutHibernateTarget_saysWhichAreSupported() {
    EntityLoadException e = export("dev.retort.jpa.shop", List.of(Shop.testClasses()), "oracle");

    assertThat(e.summary()).isEqualTo("JPA entities cannot be exported for the oracle dialect");
  }

  private static EntityLoadException export(String packageName, List<Path> classpath, String dialect) {
    return catchThrowableOfType(
        () -> new HibernateEntitySchemaExport().ddl(new EntitySource(packageName, classpath, dialect)),
        EntityLoadException.class);
  }
}
