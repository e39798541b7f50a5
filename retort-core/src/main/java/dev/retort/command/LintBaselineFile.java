package dev.retort.command;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.retort.lint.Baseline;
import dev.retort.lint.BaselineEntry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The lint baseline file ({@code .retort-lint-baseline.json} by default): a JSON object with a
 * {@code version} (1) and a {@code findings} array of {@code {code, revision, fingerprint,
 * message}}, sorted so that a rewrite after a small change gives a small diff.
 */
public final class LintBaselineFile {
  private static final int VERSION = 1;
  private static final String REWRITE = "rewrite it with: retort lint --baseline";

  private final Path file;

  /** @param file where the baseline is */
  public LintBaselineFile(Path file) {
    this.file = file;
  }

  /** The file's path. */
  public Path path() {
    return file;
  }

  /** The baseline, or empty when the file does not exist. */
  public Optional<Baseline> read() {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new LintBaselineException(file, "cannot be read: " + e.getMessage(), "check the file's permissions");
    }
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(text);
    } catch (JsonProcessingException e) {
      throw new LintBaselineException(file, "is not valid JSON (line " + e.getLocation().getLineNr() + ")", REWRITE);
    }
    if (root == null || !root.path("findings").isArray() || root.path("version").asInt() != VERSION) {
      throw new LintBaselineException(file, "is not a version " + VERSION + " lint baseline (an object with"
          + " \"version\": 1 and a \"findings\" array)", REWRITE);
    }
    List<BaselineEntry> entries = new ArrayList<>();
    for (JsonNode node : root.get("findings")) {
      String code = node.path("code").asText("");
      String fingerprint = node.path("fingerprint").asText("");
      if (code.isEmpty() || fingerprint.isEmpty() || !node.path("revision").isTextual()) {
        throw new LintBaselineException(file, "has an entry without code, revision or fingerprint: " + node, REWRITE);
      }
      entries.add(new BaselineEntry(code, node.get("revision").asText(), fingerprint, node.path("message").asText("")));
    }
    return Optional.of(new Baseline(entries));
  }

  /** Writes {@code baseline}, replacing the file. */
  public void write(Baseline baseline) {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = mapper.createObjectNode();
    root.put("comment", "Findings accepted by 'retort lint --baseline'; lint reports only findings beyond these."
        + " Keys: rule code, revision id, hash of the statement (no line numbers).");
    root.put("version", VERSION);
    ArrayNode findings = root.putArray("findings");
    for (BaselineEntry entry : baseline.entries()) {
      findings.addObject().put("code", entry.code()).put("revision", entry.revision())
          .put("fingerprint", entry.fingerprint()).put("message", entry.message());
    }
    try {
      Files.writeString(file, mapper.writeValueAsString(root) + "\n", StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new LintBaselineException(file, "cannot be written: " + e.getMessage(),
          "check that the folder exists and is writable, or set [lint] baseline in retort.toml");
    }
  }
}
