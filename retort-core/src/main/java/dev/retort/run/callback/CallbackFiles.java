package dev.retort.run.callback;

import dev.retort.error.ErrorCode;
import dev.retort.error.Location;
import dev.retort.error.NearMatches;
import dev.retort.error.RetortException;
import dev.retort.script.ScriptText;
import dev.retort.script.SqlFolders;
import java.nio.file.Path;
import java.util.List;

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
    return SqlFolders.files(folders).stream().map(file -> new CallbackScript(
        CallbackEvent.ofFileName(file.getFileName().toString())
            .orElseThrow(() -> new UnknownCallbackFileException(file)),
        file, ScriptText.read(file))).toList();
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
