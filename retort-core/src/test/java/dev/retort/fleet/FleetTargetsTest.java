package dev.retort.fleet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.config.FleetFile;
import dev.retort.config.FleetSettings;
import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FleetTargetsTest {
  @TempDir Path dir;

  private FleetSettings fleet(String toml) throws IOException {
    Path file = dir.resolve("fleet.toml");
    Files.writeString(file, toml);
    return FleetFile.read(file);
  }

  private static NamesQuery noQuery() {
    return (url, sql) -> {
      throw new AssertionError("no names_query here");
    };
  }

  @Test
  void resolve_expandsVariablesFillsTemplatesAndRedactsTheUrl() throws IOException {
    Files.writeString(dir.resolve("tenants.txt"), "# tenants\nglobex\n\ninitech  # since 2024\n");
    FleetSettings settings = fleet("""
        [[fleet.targets]]
        name = "acme"
        url = "postgresql://app:${TENANT_DB_PASSWORD}@db1:5432/app"
        schema = "tenant_acme"
        tags = ["canary"]
        [[fleet.generate]]
        names_file = "tenants.txt"
        name = "t-{name}"
        url = "postgresql://app:${TENANT_DB_PASSWORD}@db1/app"
        schema = "tenant_{name}"
        tags = ["eu"]
        """);

    List<FleetTarget> targets = new FleetTargets(settings, Map.of("TENANT_DB_PASSWORD", "s3cret!"), noQuery(), "")
        .resolve();

    assertThat(targets).extracting(FleetTarget::name).containsExactly("acme", "t-globex", "t-initech");
    assertThat(targets.get(0).url()).isEqualTo("postgresql://app:s3cret!@db1:5432/app");
    assertThat(targets.get(0).redactedUrl()).isEqualTo("postgresql://app:***@db1:5432/app");
    assertThat(targets.get(2).schema()).contains("tenant_initech");
    assertThat(targets.get(2).tags()).containsExactly("eu");
    assertThat(targets).allSatisfy(t -> assertThat(t.toString()).doesNotContain("s3cret"));
  }

  @Test
  void namesQuery_runsOnTheQueryUrl() throws IOException {
    FleetSettings settings = fleet("""
        [[fleet.generate]]
        names_query = "SELECT name FROM tenants"
        query_url = "postgresql://app@catalog/app"
        url = "sqlite:tenants/{name}.db"
        """);

    List<FleetTarget> targets = new FleetTargets(settings, Map.of(), (url, sql) -> {
      assertThat(url).isEqualTo("postgresql://app@catalog/app");
      assertThat(sql).isEqualTo("SELECT name FROM tenants");
      return List.of("a", "b");
    }, "").resolve();

    assertThat(targets).extracting(FleetTarget::url).containsExactly("sqlite:tenants/a.db", "sqlite:tenants/b.db");
  }

  @Test
  void missingVariable_isF002NamingIt() throws IOException {
    FleetSettings settings = fleet("[[fleet.targets]]\nname = \"acme\"\nurl = \"postgresql://app:${TENANT_PW}@db/app\"\n");

    assertThatThrownBy(() -> new FleetTargets(settings, Map.of(), noQuery(), "").resolve())
        .isInstanceOfSatisfying(RetortException.class, e -> {
          assertThat(e.code()).isEqualTo(ErrorCode.F002);
          assertThat(e.summary()).isEqualTo("environment variable TENANT_PW is not set");
          assertThat(e.details()).containsExactly("the url of [[fleet.targets]] #1 uses ${TENANT_PW}");
          assertThat(e.hint()).startsWith("export TENANT_PW=");
        });
  }

  @Test
  void duplicateNames_areF003NamingBothDefinitions() throws IOException {
    FleetSettings settings = fleet("""
        [[fleet.targets]]
        name = "acme"
        url = "sqlite:acme.db"
        [[fleet.generate]]
        names = ["globex", "acme"]
        url = "sqlite:{name}.db"
        """);

    assertThatThrownBy(() -> new FleetTargets(settings, Map.of(), noQuery(), "").resolve())
        .isInstanceOfSatisfying(RetortException.class, e -> {
          assertThat(e.code()).isEqualTo(ErrorCode.F003);
          assertThat(e.summary()).isEqualTo("two fleet targets are named 'acme'");
          assertThat(e.details()).containsExactly("defined by [[fleet.targets]] #1",
              "and by [[fleet.generate]] #1 'acme'");
        });
  }

  @Test
  void schemaThatIsNoIdentifier_isRefused() throws IOException {
    FleetSettings settings = fleet("[[fleet.generate]]\nnames = [\"a-b\"]\nurl = \"postgresql://db/app\"\n"
        + "schema = \"tenant_{name}\"\n");

    assertThatThrownBy(() -> new FleetTargets(settings, Map.of(), noQuery(), "").resolve())
        .isInstanceOfSatisfying(RetortException.class, e -> {
          assertThat(e.code()).isEqualTo(ErrorCode.F001);
          assertThat(e.summary()).contains("schema 'tenant_a-b'");
        });
  }
}
