package dev.retort.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FleetFileTest {
  @TempDir Path dir;

  private Path toml(String text) throws IOException {
    Path file = dir.resolve("retort.toml");
    Files.writeString(file, text);
    return file;
  }

  @Test
  void read_everyTable_givesItsValuesInOrder() throws IOException {
    Path file = toml("""
        url = "sqlite:main.db"
        [fleet]
        parallel = 8
        on_error = "continue"
        max_failures = 10
        [[fleet.stages]]
        name = "canary"
        tags = ["canary"]
        parallel = 1
        on_error = "stop"
        [[fleet.stages]]
        name = "all"
        [[fleet.targets]]
        name = "acme"
        url = "postgresql://app:${PW}@db1:5432/app"
        schema = "tenant_acme"
        tags = ["canary", "eu"]
        [[fleet.generate]]
        names_file = "tenants.txt"
        name = "t-{name}"
        url = "postgresql://app@db1/app"
        schema = "tenant_{name}"
        tags = ["eu"]
        """);

    FleetSettings fleet = FleetFile.read(file);

    assertThat(fleet.parallel()).isEqualTo(8);
    assertThat(fleet.stopOnError()).isFalse();
    assertThat(fleet.maxFailures()).hasValue(10);
    assertThat(fleet.stages()).extracting(FleetStageSpec::name).containsExactly("canary", "all");
    assertThat(fleet.stages().get(0).parallel()).hasValue(1);
    assertThat(fleet.stages().get(0).stopOnError()).contains(true);
    assertThat(fleet.stages().get(1).tags()).isEmpty();
    FleetTargetSpec acme = fleet.targets().get(0);
    assertThat(acme.url()).isEqualTo("postgresql://app:${PW}@db1:5432/app");
    assertThat(acme.schema()).contains("tenant_acme");
    assertThat(acme.tags()).containsExactly("canary", "eu");
    FleetGenerateSpec generate = fleet.generators().get(0);
    assertThat(generate.namesFile()).contains(dir.resolve("tenants.txt"));
    assertThat(generate.nameTemplate()).isEqualTo("t-{name}");
    assertThat(generate.schema()).contains("tenant_{name}");
  }

  @Test
  void defaults_parallelFourStopOnErrorNoLimit() throws IOException {
    FleetSettings fleet = FleetFile.read(toml("[[fleet.targets]]\nname = \"a\"\nurl = \"sqlite:a.db\"\n"));

    assertThat(fleet.parallel()).isEqualTo(4);
    assertThat(fleet.stopOnError()).isTrue();
    assertThat(fleet.maxFailures()).isEmpty();
    assertThat(fleet.generators().isEmpty()).isTrue();
  }

  @Test
  void configLoader_leavesTheFleetTableToFleetCommands() throws IOException {
    Path file = toml("url = \"sqlite:main.db\"\n[[fleet.targets]]\nname = \"a\"\nurl = \"sqlite:a.db\"\n");

    RetortConfig config = new ConfigLoader(Map.of(), dir).load(Optional.of(file), Map.of());

    assertThat(config.url()).isEqualTo("sqlite:main.db");
  }

  @Test
  void noFleetTable_isF005WithTheFix() throws IOException {
    Path file = toml("url = \"sqlite:main.db\"\n");

    assertThatThrownBy(() -> FleetFile.read(file)).isInstanceOfSatisfying(RetortException.class, e -> {
      assertThat(e.code()).isEqualTo(ErrorCode.F005);
      assertThat(e.location()).hasValueSatisfying(l -> assertThat(l.file()).isEqualTo(file));
      assertThat(e.hint()).contains("--fleet FILE");
    });
  }

  @Test
  void unknownKey_namesTheTableAndTheNearKey() throws IOException {
    Path file = toml("[[fleet.targets]]\nname = \"a\"\nurls = \"sqlite:a.db\"\n");

    assertThatThrownBy(() -> FleetFile.read(file)).isInstanceOfSatisfying(RetortException.class, e -> {
      assertThat(e.code()).isEqualTo(ErrorCode.F001);
      assertThat(e.summary()).isEqualTo("[[fleet.targets]] #1 has an unknown key 'urls'");
      assertThat(e.hint()).isEqualTo("did you mean 'url'?");
    });
  }

  @Test
  void badValues_areRefusedWithTheFix() throws IOException {
    List<String[]> cases = List.of(
        new String[] {"[fleet]\non_error = \"ignore\"\n[[fleet.targets]]\nname = \"a\"\nurl = \"sqlite:a.db\"\n",
            "'on_error' must be \"stop\" or \"continue\", not \"ignore\""},
        new String[] {"[fleet]\nparallel = 0\n[[fleet.targets]]\nname = \"a\"\nurl = \"sqlite:a.db\"\n",
            "'parallel' must be a whole number of 1 or more"},
        new String[] {"[fleet]\nparallel = 2\n", "has no targets"},
        new String[] {"[[fleet.targets]]\nname = \"a\"\n", "needs 'url'"},
        new String[] {"[[fleet.generate]]\nurl = \"sqlite:{name}.db\"\n", "gives no names"},
        new String[] {"[[fleet.generate]]\nnames = [\"a\"]\nnames_query = \"SELECT 1\"\nurl = \"sqlite:{name}.db\"\n",
            "gives its names in more than one way"});
    for (String[] c : cases) {
      Path file = toml(c[0]);
      assertThatThrownBy(() -> FleetFile.read(file)).as(c[0]).isInstanceOfSatisfying(RetortException.class, e -> {
        assertThat(e.code()).isEqualTo(ErrorCode.F001);
        assertThat(e.summary()).contains(c[1]);
        assertThat(e.hint()).isNotBlank();
      });
    }
  }
}
