package dev.retort.command;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.retort.graph.Revision;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A Python that imports Alembic, found for {@code import-alembic} ({@code --python PATH}, else
 * {@code python3}) and checked by a probe; it renders every revision's upgrade and downgrade as SQL
 * in one process running the worker {@code dev/retort/alembic/offline_sql.py}.
 *
 * @param command the Python command as run
 * @param alembicVersion Alembic's version, as the probe printed it
 */
record AlembicPython(String command, String alembicVersion) {
  private static final String WORKER = "/dev/retort/alembic/offline_sql.py";
  private static final String PROBE = "import alembic, sqlalchemy; print(alembic.__version__)";
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One revision's offline SQL; a direction Alembic could not render is null, and {@code error} says why. */
  record OfflineSql(String upgrade, String downgrade, String error, boolean nontransactional) {
    boolean complete() {
      return upgrade != null && downgrade != null;
    }
  }

  /** The outcome of looking for a Python: the Python, or why there is none usable. */
  record Probe(Optional<AlembicPython> python, String command, String problem) {}

  /** Runs the probe on {@code explicit}, else on {@code python3}, in {@code folder}. */
  static Probe find(Optional<String> explicit, Path folder) {
    String command = explicit.orElse("python3");
    try {
      Process process = new ProcessBuilder(command, "-c", PROBE).directory(folder.toFile())
          .redirectErrorStream(true).start();
      process.getOutputStream().close();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        return new Probe(Optional.empty(), command, "it did not answer within 60 s");
      }
      if (process.exitValue() != 0) {
        List<String> lines = output.lines().toList();
        return new Probe(Optional.empty(), command, lines.isEmpty() ? "exit " + process.exitValue() : lines.get(lines.size() - 1));
      }
      List<String> lines = output.lines().toList();
      return new Probe(Optional.of(new AlembicPython(command, lines.isEmpty() ? "?" : lines.get(lines.size() - 1))),
          command, "");
    } catch (IOException e) {
      String why = e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
      return new Probe(Optional.empty(), command, "cannot run it: " + why.replaceFirst("^error=\\d+, ", ""));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Probe(Optional.empty(), command, "interrupted");
    }
  }

  /**
   * Every revision's SQL for {@code dialect} (SQLAlchemy's name, or {@code default} for generic
   * SQL), by id, from one worker process run in {@code folder} (also put on Python's path, as the
   * {@code alembic} command puts its working directory). A revision the worker did not answer for
   * (it died) has an error naming the worker's last words.
   */
  Map<String, OfflineSql> render(List<Revision> revisions, String dialect, Path folder) {
    ObjectNode request = JSON.createObjectNode().put("dialect", dialect);
    request.putArray("sys_path").add(folder.toString());
    ArrayNode list = request.putArray("revisions");
    revisions.forEach(r -> list.addObject().put("id", r.id().value())
        .put("path", r.origin().path().toAbsolutePath().toString()));
    Map<String, OfflineSql> result = new HashMap<>();
    Path errors = null;
    try {
      errors = Files.createTempFile("retort-import-alembic", ".log");
      Process process = new ProcessBuilder(command, "-c", worker()).directory(folder.toFile())
          .redirectError(errors.toFile()).start();
      try (OutputStream in = process.getOutputStream()) {
        in.write(JSON.writeValueAsBytes(request));
      }
      readAnswers(process.getInputStream(), result);
      process.waitFor();
      String lastWords = lastLine(errors);
      for (Revision r : revisions) {
        result.putIfAbsent(r.id().value(), new OfflineSql(null, null,
            "the Alembic worker stopped before this revision (exit " + process.exitValue()
                + (lastWords.isEmpty() ? "" : ": " + lastWords) + ")", false));
      }
      return result;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot run " + command + " for Alembic's offline SQL", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while Alembic rendered the revisions", e);
    } finally {
      if (errors != null) {
        errors.toFile().delete();
      }
    }
  }

  private static void readAnswers(InputStream out, Map<String, OfflineSql> result) throws IOException {
    BufferedReader reader = new BufferedReader(new InputStreamReader(out, StandardCharsets.UTF_8));
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode answer = JSON.readTree(line);
      result.put(answer.path("id").asText(), new OfflineSql(text(answer, "upgrade"), text(answer, "downgrade"),
          answer.path("error").asText(""), answer.path("nontransactional").asBoolean(false)));
    }
  }

  private static String text(JsonNode answer, String field) {
    JsonNode value = answer.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }

  private static String lastLine(Path file) throws IOException {
    List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
    lines.removeIf(String::isBlank);
    return lines.isEmpty() ? "" : lines.get(lines.size() - 1).strip();
  }

  private static String worker() throws IOException {
    try (InputStream in = AlembicPython.class.getResourceAsStream(WORKER)) {
      if (in == null) {
        throw new IllegalStateException("built-in worker missing: " + WORKER);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
