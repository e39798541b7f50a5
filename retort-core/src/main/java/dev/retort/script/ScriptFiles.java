package dev.retort.script;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Lists the files that may be scripts: names ending in {@code .sql}, {@code .java} or {@code .py}
 * (an Alembic revision) under the
 * version locations, recursively, skipping hidden names and not following links to folders.
 *
 * <p>Only directory entries are read: a name ending in {@code .sql} or {@code .java} is taken to
 * be a file without asking the file system (a {@code stat} per file is a good part of listing
 * ten thousand scripts); {@link ScriptDirectory} learns otherwise when reading it fails, and then
 * lists it as a folder. Other names are checked, to find subfolders. A location that is itself a
 * link to a folder is listed through the link.
 */
final class ScriptFiles {
  private ScriptFiles() {}

  /** The candidates under every location, sorted by path; one file under two locations once. */
  static List<Path> under(List<Path> locations) {
    List<Path> files = new ArrayList<>();
    for (Path location : locations) {
      if (!Files.isDirectory(location)) {
        throw new MissingScriptDirectoryException(location);
      }
      collect(location, files);
    }
    files.sort(null);
    if (locations.size() > 1) {
      // a file under two configured locations (one nested in the other) is one script, as in Alembic
      Set<Path> seen = new HashSet<>();
      files.removeIf(p -> !seen.add(p.toAbsolutePath().normalize()));
    }
    return files;
  }

  /** Adds the candidates in the folder and its subfolders, unsorted. */
  static void collect(Path folder, List<Path> into) {
    String[] names = folder.toFile().list();
    if (names == null) {
      throw new UnreadableScriptException(folder, whyUnlistable(folder));
    }
    for (String name : names) {
      if (name.startsWith(".")) {
        continue;
      }
      Path path = folder.resolve(name);
      if (isScriptName(name)) {
        into.add(path);
      } else if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
        collect(path, into);
      }
    }
  }

  static boolean isScriptName(String name) {
    return name.endsWith(".sql") || name.endsWith(".java") || name.endsWith(".py");
  }

  /** The file system's own reason a folder cannot be listed. */
  private static IOException whyUnlistable(Path folder) {
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
      return new IOException("cannot list " + folder);
    } catch (IOException e) {
      return e;
    }
  }
}
