package dev.retort.cli.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.retort.api.LintFinding;
import dev.retort.api.LintRule;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code retort lint --format json}: an array of findings, each with code, name, severity
 * ({@code error}, {@code warning}, {@code info}), file (null for the project as a whole), line
 * (0 for the whole file), message and fix.
 */
public final class LintJson {
  private final LintPaths paths;
  private final Map<String, String> names = new HashMap<>();
  private final ObjectMapper mapper = new ObjectMapper();

  public LintJson(Path base, List<LintRule> rules) {
    this.paths = new LintPaths(base);
    rules.forEach(r -> names.put(r.code(), r.name()));
  }

  public void write(PrintWriter out, List<LintFinding> findings) {
    List<Map<String, Object>> array = findings.stream().map(this::toMap).toList();
    try {
      out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(array));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
    out.flush();
  }

  private Map<String, Object> toMap(LintFinding finding) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("code", finding.code());
    map.put("name", names.getOrDefault(finding.code(), ""));
    map.put("severity", finding.severity().name().toLowerCase(Locale.ROOT));
    map.put("file", finding.file().map(paths::show).orElse(null));
    map.put("line", finding.line());
    map.put("message", finding.message());
    map.put("fix", finding.fix());
    return map;
  }
}
