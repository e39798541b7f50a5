package dev.retort.cli.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.retort.api.SchemaComparison;
import dev.retort.api.SchemaDifference;
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
  public void write(PrintWriter out, SchemaComparison comparison, boolean drift) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("equal", comparison.isEmpty());
    root.put("drift", drift);
    root.put("current", comparison.current());
    root.put("desired", comparison.desired());
    root.put("scratch", comparison.scratch().isEmpty() ? null : comparison.scratch());
    List<Map<String, Object>> differences = new ArrayList<>();
    for (SchemaDifference d : comparison.differences()) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("kind", d.kind());
      item.put("table", d.table());
      item.put("name", d.name());
      item.put("description", d.description());
      item.put("sql", ComparisonText.statements(d.sql()));
      differences.add(item);
    }
    root.put("differences", differences);
    root.put("warnings", comparison.warnings());
    try {
      out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
    out.flush();
  }
}
