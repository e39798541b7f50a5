package dev.retort.run.repeatable;

import dev.retort.script.Checksum;
import dev.retort.script.UnreadableScriptException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Reads the repeatable revisions of some folders: every {@code .sql} file, sorted by name. */
public final class RepeatableFiles {
  private static final String MESSAGE = "-- Message:";

  private RepeatableFiles() {}

  /** The {@code .sql} files directly in {@code folders} (a folder that does not exist has none), by name. */
  public static List<RepeatableScript> read(List<Path> folders) {
    // by name (the file stem), which is the order they run in
    return dev.retort.script.SqlFolders.files(folders).stream().map(RepeatableFiles::readOne)
        .sorted(java.util.Comparator.comparing(RepeatableScript::name)).toList();
  }

  private static RepeatableScript readOne(Path file) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UnreadableScriptException(file, e);
    }
    String text = new String(bytes, StandardCharsets.UTF_8);
    String fileName = file.getFileName().toString();
    String name = fileName.substring(0, fileName.length() - ".sql".length());
    return new RepeatableScript(name, file, text, Checksum.of(bytes), message(text));
  }

  private static String message(String text) {
    for (String line : text.lines().toList()) {
      String stripped = line.strip();
      if (stripped.startsWith(MESSAGE)) {
        return stripped.substring(MESSAGE.length()).strip();
      }
      if (!stripped.isEmpty() && !stripped.startsWith("--")) {
        break;
      }
    }
    return "";
  }
}
