package dev.retort.run.repeatable;

import dev.retort.script.Checksum;
import dev.retort.script.UnreadableScriptException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Reads the repeatable revisions of some folders: every {@code .sql} file, sorted by name. */
public final class RepeatableFiles {
  private static final String MESSAGE = "-- Message:";

  private RepeatableFiles() {}

  /** The {@code .sql} files directly in {@code folders} (a folder that does not exist has none), by name. */
  public static List<RepeatableScript> read(List<Path> folders) {
    List<RepeatableScript> scripts = new ArrayList<>();
    for (Path folder : folders) {
      if (!Files.isDirectory(folder)) {
        continue;
      }
      try (Stream<Path> files = Files.list(folder)) {
        for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".sql")).sorted().toList()) {
          scripts.add(readOne(file));
        }
      } catch (IOException e) {
        throw new UnreadableScriptException(folder, e);
      }
    }
    scripts.sort(Comparator.comparing(RepeatableScript::name));
    return List.copyOf(scripts);
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
