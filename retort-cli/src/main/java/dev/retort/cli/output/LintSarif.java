package dev.retort.cli.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.retort.api.LintFinding;
import dev.retort.api.LintRule;
import dev.retort.api.LintSeverity;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code retort lint --format sarif}: a SARIF 2.1.0 log for code-scanning tools. One run; the
 * driver lists every rule; each result has ruleId, ruleIndex, level, message and, when the
 * finding has a file, a physical location relative to the project ({@code %SRCROOT%}).
 */
public final class LintSarif {
  /** The SARIF schema URI written into the log. */
  public static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

  private final LintPaths paths;
  private final List<LintRule> rules;
  private final String version;
  private final ObjectMapper mapper = new ObjectMapper();

  /**
   * @param base the folder artifact URIs are relative to
   * @param rules every rule that ran
   * @param version Retort's version, for the driver
   */
  public LintSarif(Path base, List<LintRule> rules, String version) {
    this.paths = new LintPaths(base);
    this.rules = List.copyOf(rules);
    this.version = version;
  }

  public void write(PrintWriter out, List<LintFinding> findings) {
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
    run.put("results", findings.stream().map(f -> result(f, index.get(f.code()))).toList());
    Map<String, Object> log = new LinkedHashMap<>();
    log.put("$schema", SCHEMA);
    log.put("version", "2.1.0");
    log.put("runs", List.of(run));
    try {
      out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(log));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
    out.flush();
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
    if (finding.file().isPresent()) {
      Map<String, Object> physical = new LinkedHashMap<>();
      physical.put("artifactLocation",
          Map.of("uri", paths.show(finding.file().get()), "uriBaseId", "%SRCROOT%"));
      if (finding.line() > 0) {
        physical.put("region", Map.of("startLine", finding.line()));
      }
      map.put("locations", List.of(Map.of("physicalLocation", physical)));
    }
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
