package dev.retort.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code schema} as a path or {@code jpa:<package>}, and {@code classpath}. */
class SchemaConfigTest {
  @TempDir Path dir;

  private RetortConfig load(String toml, Map<String, String> env) throws Exception {
    Files.writeString(dir.resolve("retort.toml"), toml);
    return new ConfigLoader(env, dir).load(Optional.empty(), Map.of());
  }

  @Test
  void schemaPath_isResolved_andNoEntities() throws Exception {
    RetortConfig config = load("schema = \"db/schema\"\n", Map.of());
    assertThat(config.schema()).contains(dir.resolve("db/schema"));
    assertThat(config.schemaEntities()).isEmpty();
    assertThat(config.classpath()).isEmpty();
  }

  @Test
  void jpaSchema_namesThePackage_andClasspathListIsResolved() throws Exception {
    RetortConfig config = load("schema = \"jpa:com.example.model\"\nclasspath = [\"target/classes\", \"/opt/lib/x.jar\"]\n",
        Map.of());
    assertThat(config.schema()).isEmpty();
    assertThat(config.schemaEntities()).contains("com.example.model");
    assertThat(config.classpath()).containsExactly(dir.resolve("target/classes"), Path.of("/opt/lib/x.jar"));
  }

  @Test
  void classpathFromTheEnvironment_isSplitOnThePathSeparator() throws Exception {
    RetortConfig config = load("", Map.of("RETORT_CLASSPATH", "a" + java.io.File.pathSeparator + "b,c"));
    assertThat(config.classpath()).containsExactly(dir.resolve("a"), dir.resolve("b"), dir.resolve("c"));
  }

  @Test
  void withUrlAndWithClasspath_keepEverythingElse() throws Exception {
    RetortConfig config = load("schema = \"jpa:m\"\nurl = \"sqlite:a.db\"\n", Map.of());
    RetortConfig changed = config.withUrl("sqlite:b.db").withClasspath(List.of(Path.of("/x")));
    assertThat(changed.url()).isEqualTo("sqlite:b.db");
    assertThat(changed.classpath()).containsExactly(Path.of("/x"));
    assertThat(changed.schemaEntities()).contains("m");
    assertThat(changed.configFile()).isEqualTo(config.configFile());
  }
}
