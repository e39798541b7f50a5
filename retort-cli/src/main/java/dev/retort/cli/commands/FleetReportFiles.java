package dev.retort.cli.commands;

import dev.retort.api.FleetFailure;
import dev.retort.api.FleetReport;
import dev.retort.api.FleetTargetResult;
import dev.retort.cli.output.RevisionJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;

import java.util.Map;

/**
 * Writes {@code --report FILE}. A stand-in until the report writer (FleetReports) is merged: JSON
 * only, {@code {"targets": [{"name", "status", "before", "after", "duration_ms", "error"}]}}.
 */
final class FleetReportFiles {
  private FleetReportFiles() {}

  static void write(FleetReport report, Path file) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("command", report.command());
    root.put("revision", report.revisionTarget());
    root.put("shard", report.shard());
    root.put("started_at", report.startedAt().toString());
    root.put("duration_ms", report.durationMillis());
    root.put("targets", report.targets().stream().map(FleetReportFiles::target).toList());
    try {
      if (file.getParent() != null) {
        Files.createDirectories(file.getParent());
      }
      try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
        new RevisionJson().write(out, root);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the fleet report " + file, e);
    }
  }

  private static Map<String, Object> target(FleetTargetResult t) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("name", t.name());
    map.put("stage", t.stage());
    map.put("url", t.url());
    map.put("schema", t.schema().orElse(null));
    map.put("status", t.status().label());
    map.put("before", t.before());
    map.put("after", t.after());
    map.put("duration_ms", t.durationMillis());
    map.put("error", t.error().map(FleetReportFiles::error).orElse(null));
    return map;
  }

  private static Map<String, Object> error(FleetFailure e) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("code", e.code().orElse(null));
    map.put("message", e.message());
    map.put("revision", e.revision().orElse(null));
    map.put("file", e.file().orElse(null));
    map.put("line", e.line().isPresent() ? e.line().getAsInt() : null);
    map.put("statement", e.statement().orElse(null));
    map.put("fix", e.fix().orElse(null));
    return map;
  }

}
