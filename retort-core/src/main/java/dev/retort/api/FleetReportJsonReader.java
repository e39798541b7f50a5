package dev.retort.api;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.retort.report.FleetReportException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * Reads a JSON fleet report back (the format of {@link FleetReportJsonWriter}). A report needs
 * {@code command}, {@code started_at}, {@code duration_ms} and {@code targets}, and each target a
 * {@code name} and a {@code status}; other fields may be missing or {@code null} (empty values),
 * and unknown fields are ignored. {@code summary} is not read: it is computed from the targets.
 * Every refusal names the file and the line.
 */
final class FleetReportJsonReader {
  private final Path file;

  private FleetReportJsonReader(Path file) {
    this.file = file;
  }

  /** The report in {@code file}. */
  static FleetReport read(Path file) {
    return new FleetReportJsonReader(file).report(parse(file));
  }

  private static JsonTree parse(Path file) {
    try (JsonParser parser = new JsonFactory().createParser(Files.newInputStream(file))) {
      if (parser.nextToken() == null) {
        throw FleetReportException.notAReport(file, 0, "the file is empty");
      }
      JsonTree root = JsonTree.read(parser);
      if (parser.nextToken() != null) {
        throw FleetReportException.badJson(file, parser.currentTokenLocation().getLineNr(),
            "more content after the report's closing brace", null);
      }
      return root;
    } catch (JsonProcessingException e) {
      JsonLocation where = e.getLocation();
      throw FleetReportException.badJson(file, where == null ? 0 : where.getLineNr(), e.getOriginalMessage(), e);
    } catch (NoSuchFileException e) {
      throw FleetReportException.missing(file);
    } catch (IOException e) {
      throw FleetReportException.unreadable(file, e);
    }
  }

  private FleetReport report(JsonTree root) {
    if (!(root.value() instanceof Map)) {
      throw refuse(root, "the file holds " + root.kind() + ", not an object with \"command\" and \"targets\"");
    }
    Map<String, JsonTree> fields = fields(root, "the report");
    if (!fields.containsKey("command") || !fields.containsKey("targets")) {
      throw refuse(root, "the object has no " + (fields.containsKey("command") ? "\"targets\"" : "\"command\"")
          + " field; a fleet report has \"command\", \"started_at\", \"duration_ms\" and \"targets\"");
    }
    List<FleetTargetResult> targets = new ArrayList<>();
    List<JsonTree> items = list(required(root, fields, "targets"), "\"targets\"");
    for (int i = 0; i < items.size(); i++) {
      targets.add(target(items.get(i), "target " + (i + 1)));
    }
    return new FleetReport(text(required(root, fields, "command"), "\"command\""),
        optionalText(fields, "revision_target", "\"revision_target\"").orElse(""),
        optionalText(fields, "shard", "\"shard\"").orElse(""),
        instant(required(root, fields, "started_at"), "\"started_at\""),
        number(required(root, fields, "duration_ms"), "\"duration_ms\""), targets);
  }

  private FleetTargetResult target(JsonTree tree, String where) {
    Map<String, JsonTree> fields = fields(tree, where);
    String name = text(required(tree, fields, "name", where), where + ": \"name\"");
    String what = where + " (" + name + ")";
    return new FleetTargetResult(name,
        optionalText(fields, "stage", what + ": \"stage\"").orElse(""),
        texts(fields, "tags", what),
        optionalText(fields, "url", what + ": \"url\"").orElse(""),
        optionalText(fields, "schema", what + ": \"schema\""),
        status(required(tree, fields, "status", what), what + ": \"status\""),
        texts(fields, "before", what), texts(fields, "after", what),
        present(fields, "duration_ms") ? number(fields.get("duration_ms"), what + ": \"duration_ms\"") : 0,
        present(fields, "error") ? Optional.of(failure(fields.get("error"), what + ": \"error\"")) : Optional.empty(),
        present(fields, "state") ? Optional.of(state(fields.get("state"), what + ": \"state\"")) : Optional.empty());
  }

  private FleetFailure failure(JsonTree tree, String where) {
    Map<String, JsonTree> fields = fields(tree, where);
    OptionalInt line = present(fields, "line")
        ? OptionalInt.of(Math.toIntExact(number(fields.get("line"), where + ".line"))) : OptionalInt.empty();
    return new FleetFailure(optionalText(fields, "code", where + ".code"),
        optionalText(fields, "message", where + ".message").orElse(""),
        optionalText(fields, "revision", where + ".revision"), optionalText(fields, "file", where + ".file"), line,
        optionalText(fields, "statement", where + ".statement"), optionalText(fields, "fix", where + ".fix"));
  }

  private FleetTargetState state(JsonTree tree, String where) {
    Map<String, JsonTree> fields = fields(tree, where);
    Optional<Boolean> drift = Optional.empty();
    if (present(fields, "drift")) {
      JsonTree value = fields.get("drift");
      if (!(value.value() instanceof Boolean)) {
        throw refuse(value, where + ".drift is " + value.kind() + ", not true, false or null");
      }
      drift = Optional.of((Boolean) value.value());
    }
    int pending = present(fields, "pending") ? Math.toIntExact(number(fields.get("pending"), where + ".pending")) : 0;
    return new FleetTargetState(pending, texts(fields, "edited", where), texts(fields, "missing", where),
        texts(fields, "unresolved", where), drift, texts(fields, "drift_differences", where),
        optionalText(fields, "drift_not_checked", where + ".drift_not_checked"));
  }

  private FleetTargetStatus status(JsonTree tree, String where) {
    String label = text(tree, where);
    try {
      return FleetTargetStatus.ofLabel(label);
    } catch (IllegalArgumentException e) {
      throw refuse(tree, where + " is \"" + label + "\", not one of " + Arrays.stream(FleetTargetStatus.values())
          .map(FleetTargetStatus::label).collect(Collectors.joining(", ")));
    }
  }

  @SuppressWarnings("unchecked")
  private Map<String, JsonTree> fields(JsonTree tree, String where) {
    if (!(tree.value() instanceof Map)) {
      throw refuse(tree, where + " is " + tree.kind() + ", not an object");
    }
    return (Map<String, JsonTree>) tree.value();
  }

  @SuppressWarnings("unchecked")
  private List<JsonTree> list(JsonTree tree, String where) {
    if (!(tree.value() instanceof List)) {
      throw refuse(tree, where + " is " + tree.kind() + ", not an array");
    }
    return (List<JsonTree>) tree.value();
  }

  private List<String> texts(Map<String, JsonTree> fields, String field, String where) {
    if (!present(fields, field)) {
      return List.of();
    }
    String what = where + ": \"" + field + "\"";
    return list(fields.get(field), what).stream().map(item -> text(item, what + " item")).toList();
  }

  private String text(JsonTree tree, String where) {
    if (!(tree.value() instanceof String)) {
      throw refuse(tree, where + " is " + tree.kind() + ", not a string");
    }
    return (String) tree.value();
  }

  private Optional<String> optionalText(Map<String, JsonTree> fields, String field, String where) {
    return present(fields, field) ? Optional.of(text(fields.get(field), where)) : Optional.empty();
  }

  private long number(JsonTree tree, String where) {
    if (!(tree.value() instanceof Long || tree.value() instanceof Integer)) {
      throw refuse(tree, where + " is " + tree.kind() + ", not a whole number");
    }
    return ((Number) tree.value()).longValue();
  }

  private Instant instant(JsonTree tree, String where) {
    String text = text(tree, where);
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw refuse(tree, where + " is \"" + text + "\", not an ISO-8601 instant such as 2026-01-31T09:30:00Z");
    }
  }

  private JsonTree required(JsonTree owner, Map<String, JsonTree> fields, String field) {
    return required(owner, fields, field, "the report");
  }

  private JsonTree required(JsonTree owner, Map<String, JsonTree> fields, String field, String where) {
    if (!present(fields, field)) {
      throw refuse(owner, where + " has no \"" + field + "\"");
    }
    return fields.get(field);
  }

  private static boolean present(Map<String, JsonTree> fields, String field) {
    return fields.containsKey(field) && fields.get(field).value() != null;
  }

  private FleetReportException refuse(JsonTree tree, String problem) {
    return FleetReportException.notAReport(file, tree.line(), problem);
  }
}
