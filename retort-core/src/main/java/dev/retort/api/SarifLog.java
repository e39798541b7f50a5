package dev.retort.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lint findings as a SARIF 2.1.0 log for code-scanning tools ({@code retort lint --format sarif},
 * the Maven plugin's {@code lint} goal). One run; the driver lists every rule; each result has its
 * rule, level, message (and fix) and, when the finding concerns a file, the file relative to the
 * project ({@code %SRCROOT%}) and the line.
 */
public final class SarifLog {
  /** The SARIF schema URI written into the log. */
  public static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

  private final Path base;
  private final List<LintRule> rules;
  private final String version;
  private final boolean declareSourceRoot;

  /**
   * @param base the folder artifact URIs are relative to
   * @param rules every rule that ran
   * @param version the tool's version, for the driver
   */
  public SarifLog(Path base, List<LintRule> rules, String version) {
    this(base, rules, version, false);
  }

  private SarifLog(Path base, List<LintRule> rules, String version, boolean declareSourceRoot) {
    this.base = base.toAbsolutePath().normalize();
    this.rules = List.copyOf(rules);
    this.version = version;
    this.declareSourceRoot = declareSourceRoot;
  }

  /** The same log that also says where {@code %SRCROOT%} is ({@code originalUriBaseIds}), for a file kept apart from the project. */
  public SarifLog declaringSourceRoot() {
    return new SarifLog(base, rules, version, true);
  }

  /** A finding's file as the log names it: relative to the base folder when inside it, with {@code /} separators. */
  public String uri(Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    Path shown = absolute.startsWith(base) && !absolute.equals(base) ? base.relativize(absolute) : absolute;
    return shown.toString().replace('\\', '/');
  }

  /** The log for {@code findings}, pretty-printed JSON. */
  public String toJson(List<LintFinding> findings) {
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
    if (declareSourceRoot) {
      run.put("originalUriBaseIds", Map.of("%SRCROOT%", Map.of("uri", base.toUri().toString())));
    }
    run.put("results", findings.stream().map(f -> result(f, index.get(f.code()))).toList());
    Map<String, Object> log = new LinkedHashMap<>();
    log.put("$schema", SCHEMA);
    log.put("version", "2.1.0");
    log.put("runs", List.of(run));
    try {
      return new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(log);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
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
