package dev.retort.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.command.CompareCommand;
import dev.retort.command.Comparison;
import dev.retort.command.Difference;
import dev.retort.command.SourceSpec;
import dev.retort.config.ConfigLoader;
import dev.retort.config.RetortConfig;
import dev.retort.dialect.DialectRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code schema = "jpa:<package>"} through {@link CompareCommand}: the entities found by the SPI, on SQLite. */
class CompareEntitiesTest {
  @TempDir Path dir;

  @Test
  void configuredEntities_areTheDesiredSchema() throws Exception {
    Files.createDirectories(dir.resolve("migrations/versions"));
    Files.writeString(dir.resolve("retort.toml"), "url = \"sqlite:app.db\"\nschema = \"jpa:dev.retort.jpa.shop\"\n"
        + "classpath = [\"" + Shop.testClasses() + "\"]\n");
    RetortConfig config = new ConfigLoader(Map.of(), dir).load(Optional.empty(), Map.of());
    assertThat(config.schema()).isEmpty();
    assertThat(config.schemaEntities()).contains("dev.retort.jpa.shop");

    Comparison comparison = new CompareCommand(config, DialectRegistry.loadInstalled())
        .compare(new SourceSpec.Migrations(), new SourceSpec.ConfiguredSchema());

    assertThat(comparison.desiredDescription()).isEqualTo("JPA entities in dev.retort.jpa.shop");
    assertThat(comparison.differences()).extracting(Difference::line)
        .contains("+ table customer", "+ table orders", "+ table order_line");
    assertThat(comparison.upgradeSql()).anyMatch(s -> s.startsWith("CREATE TABLE customer"));
    assertThat(Files.exists(dir.resolve("app.db"))).isFalse();
  }
}
