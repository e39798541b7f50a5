package dev.retort.command;

import dev.retort.error.Location;
import dev.retort.script.JavaMigrationLoader;
import dev.retort.script.ScriptTemplates;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** {@code retort init [DIR]}: a new project with its configuration, versions folder and templates. */
public final class InitCommand {
  private InitCommand() {}

  /**
   * Creates the project; returns the files and folders it created. Refuses to touch an existing
   * project. The local database file that the new {@code retort.toml} names goes into the
   * folder's {@code .gitignore} (appended to an existing one, which is then not listed).
   */
  public static List<Path> init(Path dir) {
    Path config = dir.resolve(ScriptTemplates.CONFIG);
    Path migrations = dir.resolve("migrations");
    if (Files.exists(config)) {
      throw new AuthoringException(Location.of(config), "a Retort project already exists here", List.of(),
          "nothing was changed; edit retort.toml, or run retort init in another folder");
    }
    if (Files.isDirectory(migrations) && !isEmpty(migrations)) {
      throw new AuthoringException(Location.of(migrations), "the folder already has a migrations/ folder with files in it",
          List.of(), "nothing was changed; run retort init in another folder, or write retort.toml by hand "
              + "(script_location = \"migrations\")");
    }
    List<Path> created = new ArrayList<>();
    try {
      Path versions = Files.createDirectories(migrations.resolve("versions"));
      Path templates = Files.createDirectories(migrations.resolve("templates"));
      created.add(Files.writeString(config, ScriptTemplates.builtIn(ScriptTemplates.CONFIG)));
      created.add(versions);
      created.add(Files.writeString(templates.resolve(ScriptTemplates.SQL), ScriptTemplates.builtIn(ScriptTemplates.SQL)));
      created.add(Files.writeString(templates.resolve(ScriptTemplates.JAVA), ScriptTemplates.builtIn(ScriptTemplates.JAVA)));
      // compiled Java revisions are cached under migrations/.retort-cache/<checksum>/: never commit them
      created.add(Files.writeString(migrations.resolve(".gitignore"), JavaMigrationLoader.CACHE_FOLDER + "/\n"));
      ProjectGitignore.write(dir, config).ifPresent(created::add);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the project in " + dir, e);
    }
    return created;
  }

  private static boolean isEmpty(Path dir) {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.findAny().isEmpty();
    } catch (IOException e) {
      return false;
    }
  }
}
