package dev.retort.maven;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.retort.api.LintFinding;
import dev.retort.api.LintRule;
import dev.retort.api.LintSeverity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The lint goal's SARIF 2.1.0 log, for code-scanning tools: one run whose driver lists every rule,
 * and one result per finding with its rule, level, message (and fix) and, when it concerns a file,
 * the file relative to the project's folder ({@code %SRCROOT%}) and the line.
 */
final class SarifLog {
  /** The SARIF schema URI written into the log. */
  static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

  private final Path basedir;
  private final List<LintRule> rules;
  private final String version;

  /**
   * @param basedir the folder artifact URIs are relative to
   * @param rules every rule that ran
   * @param version the plugin's version, for the driver
   */
  SarifLog(Path basedir, List<LintRule> rules, String version) {
    this.basedir = basedir.toAbsolutePath().normalize();
    this.rules = List.copyOf(rules);
    this.version = version;
  }

  /** Writes the log for {@code findings} to {@code file}, creating its folder. */
  void write(Path file, List<LintFinding> findings) throws IOException {
    Map<String, Integer> index = new HashMap<>();
    List<Map<String, Object>> descriptors = new ArrayList<>();
    for (LintRule rule : rules) {
      index.put(rule.code(), descriptors.size());
      descriptors.add(descriptor(rule));
    }
    Map<String, Object> driver = new LinkedHashMap<>();
    driver.put("name", "retort");
    driver.put("version", version);
    driver.put("rules", descriptors);
    Map<String, Object> run = new LinkedHashMap<>();
    run.put("tool", Map.of("driver", driver));
    run.put("originalUriBaseIds", Map.of("%SRCROOT%", Map.of("uri", basedir.toUri().toString())));
    run.put("results", findings.stream().map(f -> result(f, index.get(f.code()))).toList());
    Map<String, Object> log = new LinkedHashMap<>();
    log.put("$schema", SCHEMA);
    log.put("version", "2.1.0");
    log.put("runs", List.of(run));
    Files.createDirectories(file.toAbsolutePath().getParent());
    new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(file.toFile(), log);
  }

  /** A finding's file as the log names it: relative to the project's folder when inside it, with {@code /}. */
  String uri(Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    Path shown = absolute.startsWith(basedir) ? basedir.relativize(absolute) : absolute;
    return shown.toString().replace('\\', '/');
  }

  private static Map<String, Object> descriptor(LintRule rule) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("id", rule.code());
    map.put("name", rule.name());
    map.put("shortDescription", Map.of("text", rule.summary()));
    map.put("help", Map.of("text", "See docs/lint/" + rule.code() + ".md"));
    map.put("defaultConfiguration", Map.of("level", level(rule.severity())));
    return map;
  }

  private Map<String, Object> result(LintFinding finding, Integer ruleIndex) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("ruleId", finding.code());
    if (ruleIndex != null) {
      map.put("ruleIndex", ruleIndex);
    }
    map.put("level", level(finding.severity()));
    String fix = finding.fix().isEmpty() ? "" : "\nfix: " + finding.fix();
    map.put("message", Map.of("text", finding.message() + fix));
    finding.file().ifPresent(file -> {
      Map<String, Object> physical = new LinkedHashMap<>();
      physical.put("artifactLocation", Map.of("uri", uri(file), "uriBaseId", "%SRCROOT%"));
      if (finding.line() > 0) {
        physical.put("region", Map.of("startLine", finding.line()));
      }
      map.put("locations", List.of(Map.of("physicalLocation", physical)));
    });
    return map;
  }

  private static String level(LintSeverity severity) {
    return switch (severity) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "note";
      case OFF -> "none";
    };
  }
}
