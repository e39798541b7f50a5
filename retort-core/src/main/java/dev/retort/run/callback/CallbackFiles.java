package dev.retort.run.callback;

import dev.retort.error.ErrorCode;
import dev.retort.error.Location;
import dev.retort.error.NearMatches;
import dev.retort.error.RetortException;
import dev.retort.script.ScriptText;
import dev.retort.script.UnreadableScriptException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads the SQL callback files of some folders: every {@code .sql} file directly in them, named after
 * its event ({@code before-upgrade.sql}, or {@code before-upgrade__<description>.sql} when an event has
 * several), sorted by file name. A folder that does not exist has none.
 */
public final class CallbackFiles {
  private CallbackFiles() {}

  /**
   * The callback files of {@code folders}.
   *
   * @throws RetortException RT-S020 for a {@code .sql} file whose name is no event
   */
  public static List<CallbackScript> read(List<Path> folders) {
    List<CallbackScript> scripts = new ArrayList<>();
    for (Path folder : folders) {
      if (!Files.isDirectory(folder)) {
        continue;
      }
      List<Path> files;
      try (Stream<Path> listing = Files.list(folder)) {
        files = listing.filter(f -> f.getFileName().toString().endsWith(".sql")).sorted().toList();
      } catch (IOException e) {
        throw new UnreadableScriptException(folder, e);
      }
      for (Path file : files) {
        String name = file.getFileName().toString();
        CallbackEvent event = CallbackEvent.ofFileName(name).orElseThrow(() -> new UnknownCallbackFileException(file));
        scripts.add(new CallbackScript(event, file, ScriptText.read(file)));
      }
    }
    scripts.sort(Comparator.comparing(CallbackScript::name));
    return List.copyOf(scripts);
  }

  /** A {@code .sql} file in a callbacks folder whose name is no event: it would never run. */
  static final class UnknownCallbackFileException extends RetortException {
    private static final long serialVersionUID = 1L;

    UnknownCallbackFileException(Path file) {
      super(ErrorCode.S020, Location.of(file), "callback file " + file.getFileName() + " names no callback event",
          List.of("callback files are named after their event: " + String.join(", ", CallbackEvent.fileStems())
              + " (.sql), optionally with __<description> after the event"),
          hint(file.getFileName().toString()));
    }

    private static String hint(String fileName) {
      String stem = fileName.substring(0, fileName.length() - ".sql".length());
      int separator = stem.indexOf(CallbackEvent.DESCRIPTION_SEPARATOR);
      String event = separator < 0 ? stem : stem.substring(0, separator);
      String rest = separator < 0 ? ".sql" : stem.substring(separator) + ".sql";
      List<String> near = NearMatches.among(event, CallbackEvent.fileStems());
      return near.isEmpty()
          ? "rename it after the event it belongs to, or move it out of the callbacks folder"
          : "rename it to " + near.get(0) + rest;
    }
  }
}
