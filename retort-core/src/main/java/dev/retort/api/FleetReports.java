package dev.retort.api;

import dev.retort.report.AtomicFile;
import dev.retort.report.FleetReportException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Fleet report files ({@code retort fleet ... --report FILE}, {@code retort fleet report
 * --merge}): JSON for tools and merging, a self-contained HTML page for people. The formats are
 * described in docs/fleet-reports.md.
 */
public final class FleetReports {
  private FleetReports() {}

  /**
   * Writes {@code report} to {@code file} as JSON when its name ends in {@code .json}, as an HTML
   * page when it ends in {@code .html} (either case). Missing parent folders are created; the
   * file is replaced in one move, so a reader never sees half a report.
   *
   * @throws dev.retort.error.RetortException RT-F101 when the name has another ending or the file
   *     cannot be written
   */
  public static void write(FleetReport report, Path file) {
    String content = switch (format(file)) {
      case "json" -> FleetReportJsonWriter.toJson(report);
      case "html" -> FleetReportHtml.toHtml(report);
      default -> throw FleetReportException.unknownFormat(file);
    };
    try {
      AtomicFile.write(file, content.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw FleetReportException.unwritable(file, e);
    }
  }

  /**
   * Checks, before a long run, that {@code file}'s name ends in {@code .json} or {@code .html}.
   *
   * @throws dev.retort.error.RetortException RT-F101 when it does not
   */
  public static void requireKnownFormat(Path file) {
    if (format(file).isEmpty()) {
      throw FleetReportException.unknownFormat(file);
    }
  }

  /** The report as the JSON that {@link #write} puts in a {@code .json} file. */
  public static String toJson(FleetReport report) {
    return FleetReportJsonWriter.toJson(report);
  }

  /** The report as the HTML page that {@link #write} puts in a {@code .html} file. */
  public static String toHtml(FleetReport report) {
    return FleetReportHtml.toHtml(report);
  }

  /**
   * Reads a JSON report that {@link #write} wrote.
   *
   * @throws dev.retort.error.RetortException RT-F102 when the file is missing or unreadable, is not
   *     JSON, or is JSON that is not a fleet report (the message names the line)
   */
  public static FleetReport read(Path file) {
    return FleetReportJsonReader.read(file);
  }

  /**
   * Combines the reports of one run's shards ({@code --shard K/N}) into the report of the whole
   * run: no shard, the earliest start, the span until the last report finished, every target
   * once. A target in several reports keeps the result that ran over a {@code skipped} one, else
   * the result from the report that finished later (at equal finish, the one given later).
   *
   * @throws dev.retort.error.RetortException RT-F103 when the list is empty or the reports are of
   *     different commands or revision targets
   */
  public static FleetReport merge(List<FleetReport> reports) {
    return FleetReportMerge.merge(reports);
  }

  /** "json", "html", or "" for any other name. */
  private static String format(Path file) {
    Path name = file.getFileName();
    String text = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
    if (text.endsWith(".json") && text.length() > ".json".length()) {
      return "json";
    }
    return text.endsWith(".html") && text.length() > ".html".length() ? "html" : "";
  }
}
