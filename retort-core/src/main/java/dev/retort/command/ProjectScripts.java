package dev.retort.command;

import dev.retort.config.RetortConfig;
import dev.retort.script.ScriptDirectory;
import dev.retort.script.ScriptSource;
import java.util.ArrayList;
import java.util.List;

/** The script directory a configuration names: its folders, then its class-path locations. */
public final class ProjectScripts {
  private ProjectScripts() {}

  /**
   * The version locations of {@code config}; class-path ones are read with {@link
   * RetortConfig#revisionClassLoader()}, asked once (and only when there are any).
   */
  public static ScriptDirectory of(RetortConfig config) {
    List<ScriptSource> sources = new ArrayList<>();
    config.versionLocations().forEach(folder -> sources.add(ScriptSource.folder(folder)));
    if (!config.classpathLocations().isEmpty()) {
      ClassLoader loader = config.revisionClassLoader();
      config.classpathLocations().forEach(name -> sources.add(ScriptSource.classpath(name, loader)));
    }
    return ScriptDirectory.of(sources);
  }
}
