package dev.retort.report;

import dev.retort.error.ErrorCode;
import dev.retort.error.Location;
import dev.retort.error.RetortException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A fleet report file cannot be written (RT-F101) or read (RT-F102), or reports cannot be merged
 * (RT-F103).
 */
public final class FleetReportException extends RetortException {
  private static final long serialVersionUID = 1L;

  private static final String READ_FIX =
      "give a JSON report written by 'retort fleet <command> --report FILE.json'";

  private FleetReportException(ErrorCode code, Location location, String summary, List<String> details,
      String hint, Throwable cause) {
    super(code, location, summary, details, hint, cause);
  }

  /** RT-F101: the file's name ends neither in {@code .json} nor in {@code .html}. */
  public static FleetReportException unknownFormat(Path file) {
    return new FleetReportException(ErrorCode.F101, Location.of(file),
        "cannot write the fleet report: its name ends neither in .json nor in .html", List.of(),
        "name the file FILE.json (for tools and 'retort fleet report --merge') or FILE.html (a page for people)",
        null);
  }

  /** RT-F101: the file system refused the file or its folder. */
  public static FleetReportException unwritable(Path file, IOException cause) {
    return new FleetReportException(ErrorCode.F101, Location.of(file),
        "cannot write the fleet report: " + describe(cause), List.of(),
        "give a file in a folder this user may write to", cause);
  }

  /** RT-F102: there is no such file. */
  public static FleetReportException missing(Path file) {
    return new FleetReportException(ErrorCode.F102, Location.of(file),
        "cannot read the fleet report: there is no such file", List.of(), READ_FIX, null);
  }

  /** RT-F102: the file exists and cannot be read. */
  public static FleetReportException unreadable(Path file, IOException cause) {
    return new FleetReportException(ErrorCode.F102, Location.of(file),
        "cannot read the fleet report: " + describe(cause), List.of(), READ_FIX, cause);
  }

  /** RT-F102: the file is not valid JSON; {@code line} is 1-based, 0 when unknown. */
  public static FleetReportException badJson(Path file, int line, String problem, Throwable cause) {
    return new FleetReportException(ErrorCode.F102, new Location(file, Math.max(0, line)),
        "not a fleet report: the file is not valid JSON (" + problem + ")", List.of(), READ_FIX, cause);
  }

  /** RT-F102: valid JSON that is not a fleet report; {@code line} is 1-based, 0 when unknown. */
  public static FleetReportException notAReport(Path file, int line, String problem) {
    return new FleetReportException(ErrorCode.F102, new Location(file, Math.max(0, line)),
        "not a fleet report: " + problem, List.of(), READ_FIX, null);
  }

  /** RT-F103: no report to merge. */
  public static FleetReportException nothingToMerge() {
    return new FleetReportException(ErrorCode.F103, null, "no fleet report to merge", List.of(),
        "give the JSON reports of every shard: retort fleet report --merge shard-1.json shard-2.json ...", null);
  }

  /** RT-F103: two reports of different runs; {@code first} and {@code other} describe them. */
  public static FleetReportException differentRuns(String first, String other) {
    return new FleetReportException(ErrorCode.F103, null,
        "cannot merge fleet reports of different runs", List.of("first report: " + first, "this one:     " + other),
        "merge only the shards of one run: the same fleet command and revision target", null);
  }

  /** "access denied: /path", "no such file: /path", or the exception's own message. */
  private static String describe(IOException cause) {
    String text = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    if (!(cause instanceof java.nio.file.FileSystemException)) {
      return text;
    }
    String kind = cause.getClass().getSimpleName().replace("Exception", "")
        .replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
    return kind.equals("file system") ? text : kind + ": " + text;
  }
}
