package dev.retort.script;

import java.nio.file.Path;
import java.util.List;

/**
 * One place revisions are read from: a folder of the file system ({@code filesystem:} or no
 * prefix in {@code retort.toml}), or a folder of class-path resources ({@code classpath:}), whose
 * scripts are {@link ClasspathPath}s and whose Java revisions are compiled classes.
 */
public sealed interface ScriptSource permits ScriptSource.Folder, ScriptSource.Classpath {

  /** A folder of the file system and its subfolders. */
  static ScriptSource folder(Path folder) {
    return new Folder(folder);
  }

  /**
   * The resources under {@code name} (e.g. {@code db/retort}) that {@code loader} finds, in
   * folders and jars, and their subfolders.
   */
  static ScriptSource classpath(String name, ClassLoader loader) {
    return new Classpath(new ClasspathFileSystem(loader).getPath(ClasspathPath.PREFIX + name));
  }

  /** The location as messages show it: a path, or {@code classpath:db/retort}. */
  Path location();

  /**
   * A folder of the file system.
   *
   * @param location the folder
   */
  record Folder(Path location) implements ScriptSource {}

  /**
   * A folder of class-path resources.
   *
   * @param location the folder, e.g. {@code classpath:db/retort}
   */
  record Classpath(ClasspathPath location) implements ScriptSource {
    /** The script files (SQL, Java sources, classes) under the folder, sorted. */
    List<Path> files() {
      return ResourceListing.files(location.classLoader(), location).entrySet().stream()
          .filter(e -> ScriptFiles.isScriptName(e.getKey()) || e.getKey().endsWith(ClassRevisionReader.CLASS))
          .map(e -> (Path) location.getFileSystem().getPath(ClasspathPath.PREFIX + e.getKey()).foundIn(e.getValue()))
          .toList();
    }
  }
}
