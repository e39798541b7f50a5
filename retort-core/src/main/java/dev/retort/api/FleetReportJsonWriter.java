package dev.retort.api;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A fleet report as JSON (docs/fleet-reports.md): the run, a summary with a count for every
 * status, and one object per target. Empty optional values are written as {@code null}.
 */
final class FleetReportJsonWriter {
  private FleetReportJsonWriter() {}

  /** The report as pretty-printed JSON, ending in a line break. */
  static String toJson(FleetReport report) {
    StringWriter text = new StringWriter();
    try (JsonGenerator json = new JsonFactory().createGenerator(text)) {
      // objects one field a line, arrays on one line: [ "a1b2c3d4e5f6" ], "targets" : [ {...}, {...} ]
      DefaultPrettyPrinter pretty = new DefaultPrettyPrinter()
          .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
          .withObjectIndenter(new DefaultIndenter("  ", "\n"));
      json.setPrettyPrinter(pretty);
      writeReport(json, report);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return text.append('\n').toString();
  }

  /** How many targets have each status, every status present (zero when none). */
  static Map<FleetTargetStatus, Integer> counts(List<FleetTargetResult> targets) {
    Map<FleetTargetStatus, Integer> counts = new EnumMap<>(FleetTargetStatus.class);
    for (FleetTargetStatus status : FleetTargetStatus.values()) {
      counts.put(status, 0);
    }
    targets.forEach(t -> counts.merge(t.status(), 1, Integer::sum));
    return counts;
  }

  private static void writeReport(JsonGenerator json, FleetReport report) throws IOException {
    json.writeStartObject();
    json.writeStringField("command", report.command());
    writeText(json, "revision_target", report.revisionTarget());
    writeText(json, "shard", report.shard());
    json.writeStringField("started_at", report.startedAt().toString());
    json.writeNumberField("duration_ms", report.durationMillis());
    json.writeObjectFieldStart("summary");
    for (Map.Entry<FleetTargetStatus, Integer> count : counts(report.targets()).entrySet()) {
      json.writeNumberField(count.getKey().label(), count.getValue());
    }
    json.writeEndObject();
    json.writeArrayFieldStart("targets");
    for (FleetTargetResult target : report.targets()) {
      writeTarget(json, target);
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private static void writeTarget(JsonGenerator json, FleetTargetResult target) throws IOException {
    json.writeStartObject();
    json.writeStringField("name", target.name());
    json.writeStringField("stage", target.stage());
    writeList(json, "tags", target.tags());
    json.writeStringField("url", target.url());
    writeText(json, "schema", target.schema());
    json.writeStringField("status", target.status().label());
    writeList(json, "before", target.before());
    writeList(json, "after", target.after());
    json.writeNumberField("duration_ms", target.durationMillis());
    json.writeFieldName("error");
    if (target.error().isPresent()) {
      writeFailure(json, target.error().get());
    } else {
      json.writeNull();
    }
    json.writeFieldName("state");
    if (target.state().isPresent()) {
      writeState(json, target.state().get());
    } else {
      json.writeNull();
    }
    json.writeEndObject();
  }

  private static void writeFailure(JsonGenerator json, FleetFailure failure) throws IOException {
    json.writeStartObject();
    writeText(json, "code", failure.code());
    json.writeStringField("message", failure.message());
    writeText(json, "revision", failure.revision());
    writeText(json, "file", failure.file());
    json.writeFieldName("line");
    if (failure.line().isPresent()) {
      json.writeNumber(failure.line().getAsInt());
    } else {
      json.writeNull();
    }
    writeText(json, "statement", failure.statement());
    writeText(json, "fix", failure.fix());
    json.writeEndObject();
  }

  private static void writeState(JsonGenerator json, FleetTargetState state) throws IOException {
    json.writeStartObject();
    json.writeNumberField("pending", state.pending());
    writeList(json, "edited", state.edited());
    writeList(json, "missing", state.missing());
    writeList(json, "unresolved", state.unresolved());
    json.writeFieldName("drift");
    if (state.drift().isPresent()) {
      json.writeBoolean(state.drift().get());
    } else {
      json.writeNull();
    }
    writeList(json, "drift_differences", state.driftDifferences());
    writeText(json, "drift_not_checked", state.driftNotChecked());
    json.writeEndObject();
  }

  private static void writeList(JsonGenerator json, String field, List<String> values) throws IOException {
    json.writeArrayFieldStart(field);
    for (String value : values) {
      json.writeString(value);
    }
    json.writeEndArray();
  }

  /** A string field, {@code null} when the value is empty. */
  private static void writeText(JsonGenerator json, String field, String value) throws IOException {
    writeText(json, field, value == null || value.isEmpty() ? Optional.empty() : Optional.of(value));
  }

  private static void writeText(JsonGenerator json, String field, Optional<String> value) throws IOException {
    if (value.isPresent()) {
      json.writeStringField(field, value.get());
    } else {
      json.writeNullField(field);
    }
  }
}
