package dev.retort.cli.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.retort.command.Comparison;
import dev.retort.command.Difference;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code check --json} and {@code diff --json}: one object with the keys {@code equal}, {@code
 * drift}, {@code current}, {@code desired}, {@code scratch} (null when none was used), {@code
 * differences} (each {@code kind}, {@code table}, {@code name}, {@code description}, {@code sql}) and
 * {@code warnings}.
 */
public final class ComparisonJson {
  private final ObjectMapper mapper = new ObjectMapper();

  /** Prints the object for {@code comparison}; {@code drift} for {@code check --url}. */
  public void write(PrintWriter out, Comparison comparison, boolean drift) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("equal", comparison.isEmpty());
    root.put("drift", drift);
    root.put("current", comparison.currentDescription());
    root.put("desired", comparison.desiredDescription());
    root.put("scratch", comparison.scratchDescription().isEmpty() ? null : comparison.scratchDescription());
    List<Map<String, Object>> differences = new ArrayList<>();
    for (Difference d : comparison.differences()) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("kind", d.kind());
      item.put("table", d.table());
      item.put("name", d.name());
      item.put("description", d.description());
      item.put("sql", ComparisonText.statements(d.sql()));
      differences.add(item);
    }
    root.put("differences", differences);
    root.put("warnings", comparison.upgrade().warnings());
    try {
      out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
    out.flush();
  }
}
