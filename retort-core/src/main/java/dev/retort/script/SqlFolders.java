package dev.retort.script;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** The {@code .sql} files directly in some folders (repeatable revisions, callbacks). */
public final class SqlFolders {
  private SqlFolders() {}

  /**
   * Every {@code .sql} file directly in {@code folders}, sorted by file name across all of them; a
   * folder that does not exist has none.
   *
   * @throws UnreadableScriptException when a folder cannot be listed
   */
  public static List<Path> files(List<Path> folders) {
    List<Path> found = new ArrayList<>();
    for (Path folder : folders) {
      if (!Files.isDirectory(folder)) {
        continue;
      }
      try (Stream<Path> listing = Files.list(folder)) {
        listing.filter(f -> f.getFileName().toString().endsWith(".sql")).forEach(found::add);
      } catch (IOException e) {
        throw new UnreadableScriptException(folder, e);
      }
    }
    found.sort(Comparator.comparing((Path f) -> f.getFileName().toString()).thenComparing(Path::toString));
    return List.copyOf(found);
  }
}
