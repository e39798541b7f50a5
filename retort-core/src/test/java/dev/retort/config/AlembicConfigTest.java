package dev.retort.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.retort.error.ErrorCode;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An Alembic project's {@code alembic.ini} and {@code pyproject.toml} read as Retort configuration, from real files. */
class AlembicConfigTest {
  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
    return file;
  }

  private RetortConfig load(Path workingDirectory, Map<String, String> env, Optional<Path> file,
      Map<String, String> flags) {
    return new ConfigLoader(env, workingDirectory).load(file, flags);
  }

  private RetortConfig load(Path file) {
    return load(dir, Map.of(), Optional.of(file), Map.of());
  }

  private ConfigException failure(Path file) {
    ConfigException e = catchThrowableOfType(() -> load(file), ConfigException.class);
    assertThat(e).as("loading %s must fail", file.getFileName()).isNotNull();
    return e;
  }

  @Test
  void ini_hereInScriptLocationAndUrl_isTheIniFolder() throws IOException {
    Path sub = Files.createDirectories(dir.resolve("service"));
    Path ini = write("service/alembic.ini", """
        # A generic, single database configuration.

        [alembic]
        # path to migration scripts
        script_location = %(here)s/alembic
        prepend_sys_path = .
        sqlalchemy.url = sqlite:///%(here)s/app.db

        [loggers]
        keys = root
        """);

    RetortConfig config = load(ini);

    assertThat(config.configFile()).contains(ini);
    assertThat(config.scriptLocation()).isEqualTo(sub.resolve("alembic"));
    assertThat(config.versionLocations()).containsExactly(sub.resolve("alembic/versions"));
    assertThat(config.url()).isEqualTo("sqlite:///" + sub.toAbsolutePath().toString().replace('\\', '/') + "/app.db");
    assertThat(config.versionTable()).isEqualTo("alembic_version");
    assertThat(config.sourceOf("url")).isEqualTo(Source.FILE);
    assertThat(config.sourceOf("version_table")).isEqualTo(Source.FILE);
  }

  @Test
  void ini_relativeScriptLocation_isTakenAgainstTheWorkingDirectoryAsAlembicDoes() throws IOException {
    Path ini = write("conf/alembic.ini", "[alembic]\nscript_location = migrations\n");
    Path cwd = Files.createDirectories(dir.resolve("run"));

    RetortConfig config = load(cwd, Map.of(), Optional.of(ini), Map.of());

    assertThat(config.scriptLocation()).isEqualTo(cwd.resolve("migrations"));
  }

  @Test
  void ini_versionLocationsWithoutSeparator_splitOnSpacesAndCommas() throws IOException {
    Path ini = write("alembic.ini", """
        [alembic]
        script_location = alembic
        version_locations = %(here)s/a/versions, %(here)s/b  %(here)s/c,%(here)s/d
        """);

    assertThat(load(ini).versionLocations())
        .containsExactly(dir.resolve("a/versions"), dir.resolve("b"), dir.resolve("c"), dir.resolve("d"));
  }

  @Test
  void ini_pathSeparator_eachValueSplitsAsAlembicDoes() throws IOException {
    Path os = write("os/alembic.ini", "[alembic]\nscript_location = alembic\npath_separator = os\n"
        + "version_locations = x/one" + File.pathSeparator + "x/two words\n");
    Path newline = write("nl/alembic.ini", """
        [alembic]
        script_location = alembic
        path_separator = newline
        version_locations =
            x/one
            # a comment line inside the value
            x/two, with comma?

            x/three
        """);
    Path legacy = write("legacy/alembic.ini", "[alembic]\nscript_location = alembic\nversion_path_separator = ;\n"
        + "version_locations = x/one;x/two\n");

    assertThat(load(os).versionLocations()).containsExactly(dir.resolve("x/one"), dir.resolve("x/two words"));
    ConfigException comma = failure(newline);
    assertThat(comma.code()).isEqualTo(ErrorCode.C002);
    assertThat(comma.summary()).contains("x/two, with comma?");
    assertThat(load(legacy).versionLocations()).containsExactly(dir.resolve("x/one"), dir.resolve("x/two"));
  }

  @Test
  void ini_newlineSeparatedLocations_continuationLinesAndBlankLines() throws IOException {
    Path ini = write("alembic.ini", """
        [alembic]
        script_location = alembic
        path_separator = newline
        version_locations =
            x/one
            ; a comment line inside the value

            x/two
        """);

    assertThat(load(ini).versionLocations()).containsExactly(dir.resolve("x/one"), dir.resolve("x/two"));
  }

  @Test
  void ini_percentSignsAndDefaultSection_interpolatedAsConfigparser() throws IOException {
    Path ini = write("alembic.ini", """
        [DEFAULT]
        root = %(here)s/db

        [alembic]
        SCRIPT_LOCATION = %(root)s/alembic
        sqlalchemy.url = postgresql://app:p%%40ss@localhost/app
        """);

    RetortConfig config = load(ini);

    assertThat(config.scriptLocation()).isEqualTo(dir.resolve("db/alembic"));
    assertThat(config.url()).isEqualTo("postgresql://app:p%40ss@localhost/app");
  }

  @Test
  void ini_environmentAndFlagsStillWin() throws IOException {
    Path ini = write("alembic.ini", "[alembic]\nscript_location = alembic\nsqlalchemy.url = sqlite:///from_ini.db\n");

    RetortConfig fromEnv = load(dir, Map.of("DATABASE_URL", "sqlite:///from_env.db",
        "RETORT_VERSION_TABLE", "my_version"), Optional.of(ini), Map.of());
    RetortConfig fromFlag = load(dir, Map.of("RETORT_URL", "sqlite:///from_env.db"), Optional.of(ini),
        Map.of("url", "sqlite:///from_flag.db"));

    assertThat(fromEnv.url()).isEqualTo("sqlite:///from_env.db");
    assertThat(fromEnv.sourceOf("url")).isEqualTo(Source.ENVIRONMENT);
    assertThat(fromEnv.versionTable()).isEqualTo("my_version");
    assertThat(fromFlag.url()).isEqualTo("sqlite:///from_flag.db");
    assertThat(fromFlag.sourceOf("url")).isEqualTo(Source.FLAG);
  }

  @Test
  void pyproject_toolAlembicTable_withAlembicIniBesideItForTheUrl() throws IOException {
    Path pyproject = write("pyproject.toml", """
        [project]
        name = "app"

        [tool.alembic]
        script_location = "%(here)s/migrations"
        version_locations = ["%(here)s/migrations/versions", "%(here)s/plugins/versions"]
        """);
    write("alembic.ini", "[alembic]\nsqlalchemy.url = sqlite:///app.db\n");

    RetortConfig config = load(pyproject);

    assertThat(config.scriptLocation()).isEqualTo(dir.resolve("migrations"));
    assertThat(config.versionLocations())
        .containsExactly(dir.resolve("migrations/versions"), dir.resolve("plugins/versions"));
    assertThat(config.url()).isEqualTo("sqlite:///app.db");
    assertThat(config.versionTable()).isEqualTo("alembic_version");
  }

  @Test
  void ini_keySetInIniAndPyproject_iniWinsAsInAlembic() throws IOException {
    Path ini = write("alembic.ini", "[alembic]\nscript_location = from_ini\n");
    write("pyproject.toml", "[tool.alembic]\nscript_location = \"from_toml\"\n"
        + "version_locations = [\"%(here)s/v\"]\n");

    RetortConfig config = load(ini);

    assertThat(config.scriptLocation()).isEqualTo(dir.resolve("from_ini"));
    assertThat(config.versionLocations()).containsExactly(dir.resolve("v"));
  }

  @Test
  void discovery_workingDirectoryWithAlembicIniAndNoRetortToml_readsAlembicIni() throws IOException {
    write("alembic.ini", "[alembic]\nscript_location = alembic\n");

    RetortConfig config = load(dir, Map.of(), Optional.empty(), Map.of());

    assertThat(config.configFile()).contains(dir.resolve("alembic.ini"));
    assertThat(config.versionTable()).isEqualTo("alembic_version");
  }

  @Test
  void discovery_retortTomlBesideAlembicIni_retortTomlWins() throws IOException {
    write("alembic.ini", "[alembic]\nscript_location = alembic\n");
    write("retort.toml", "version_table = \"alembic_version\"\nscript_location = \"db\"\n");

    RetortConfig config = load(dir, Map.of(), Optional.empty(), Map.of());

    assertThat(config.configFile()).contains(dir.resolve("retort.toml"));
    assertThat(config.scriptLocation()).isEqualTo(dir.resolve("db"));
  }

  @Test
  void discovery_pyprojectWithAndWithoutToolAlembic() throws IOException {
    Path withTable = Files.createDirectories(dir.resolve("with"));
    Path without = Files.createDirectories(dir.resolve("without"));
    Files.writeString(withTable.resolve("pyproject.toml"), "[tool.alembic]\nscript_location = \"alembic\"\n");
    Files.writeString(without.resolve("pyproject.toml"), "[project]\nname = \"x\"\n");

    assertThat(load(withTable, Map.of(), Optional.empty(), Map.of()).configFile())
        .contains(withTable.resolve("pyproject.toml"));
    assertThat(load(without, Map.of(), Optional.empty(), Map.of()).configFile()).isEmpty();
  }

  @Test
  void errors_eachGivesFileLineAndFix() throws IOException {
    ConfigException noSection = failure(write("a/alembic.ini", "[loggers]\nkeys = root\n"));
    ConfigException noScript = failure(write("b/alembic.ini", "[alembic]\nsqlalchemy.url = sqlite://\n"));
    ConfigException percent = failure(write("c/alembic.ini",
        "[alembic]\nscript_location = alembic\nsqlalchemy.url = postgresql://u:p%40ss@h/db\n"));
    ConfigException resource = failure(write("d/alembic.ini", "[alembic]\nscript_location = myapp:migrations\n"));
    ConfigException separator = failure(write("e/alembic.ini",
        "[alembic]\nscript_location = a\npath_separator = comma\nversion_locations = x,y\n"));
    ConfigException tomlWithoutTable = failure(write("f/pyproject.toml", "[project]\nname = \"x\"\n"));
    ConfigException garbage = failure(write("g/alembic.ini", "[alembic]\nscript_location = a\nthis is not a pair\n"));

    assertThat(noSection.code()).isEqualTo(ErrorCode.C001);
    assertThat(noSection.summary()).contains("no [alembic] section");
    assertThat(noScript.summary()).contains("no script_location");
    assertThat(noScript.hint()).contains("script_location = %(here)s/alembic");
    assertThat(percent.location().orElseThrow().line()).isEqualTo(3);
    assertThat(percent.hint()).contains("%%");
    assertThat(resource.code()).isEqualTo(ErrorCode.C002);
    assertThat(resource.summary()).contains("Python package resource");
    assertThat(resource.hint()).contains("%(here)s/myapp/migrations");
    assertThat(separator.code()).isEqualTo(ErrorCode.C002);
    assertThat(separator.location().orElseThrow().line()).isEqualTo(3);
    assertThat(tomlWithoutTable.summary()).contains("[tool.alembic]");
    assertThat(garbage.location().orElseThrow().line()).isEqualTo(3);
    assertThat(List.of(noSection, noScript, percent, resource, separator, tomlWithoutTable, garbage))
        .allSatisfy(e -> assertThat(e.hint()).isNotBlank());
  }

  @Test
  void lintLevels_retortLintInTheIniAndToolRetortLintInPyproject_iniWins() throws IOException {
    write("pyproject.toml", """
        [tool.alembic]
        script_location = "alembic"

        [tool.retort.lint]
        RT101 = "off"
        RT201 = "warning"
        baseline = "ci/lint-baseline.json"
        """);
    Path ini = write("alembic.ini", """
        [alembic]
        script_location = alembic

        [retort.lint]
        rt201 = error
        """);

    RetortConfig config = load(ini);

    assertThat(config.lintLevels()).containsEntry("RT101", "off").containsEntry("RT201", "error");
    assertThat(config.lintBaseline()).isEqualTo(dir.resolve("ci/lint-baseline.json").toAbsolutePath().normalize());

    Files.writeString(ini, "[alembic]\nscript_location = alembic\n\n[retort.lint]\nRT201 = loud\n");
    assertThat(failure(ini).getMessage()).contains("RT201").contains("not off, info, warning or error");
  }
}
