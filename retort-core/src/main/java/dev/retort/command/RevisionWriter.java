package dev.retort.command;

import dev.retort.autogen.render.RevisionBody;
import dev.retort.config.RetortConfig;
import dev.retort.error.Location;
import dev.retort.error.Paths;
import dev.retort.graph.RevisionGraph;
import dev.retort.graph.RevisionId;
import dev.retort.script.MessageText;
import dev.retort.script.ScriptTemplates;
import dev.retort.script.Slug;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes a new revision file from the project's template, after checking the id, labels, slug
 * and folder; then reloads the script directory and removes the file again if it does not load.
 */
final class RevisionWriter {
  private static final Set<String> KEYWORDS = Set.of("head", "heads", "base", "current");
  /** The longest file name, in bytes, that common file systems (ext4, APFS, NTFS) allow. */
  private static final int MAX_FILE_NAME = 255;
  private static final String CLASS = ".class";
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String SHORTER_ID = "use a shorter id (12 random hex characters if you leave --rev-id out)";

  private final RetortConfig config;
  private final RevisionGraph graph;
  private final List<String> extraHeaders;

  RevisionWriter(RetortConfig config, RevisionGraph graph) {
    this(config, graph, List.of());
  }

  private RevisionWriter(RetortConfig config, RevisionGraph graph, List<String> extraHeaders) {
    this.config = config;
    this.graph = graph;
    this.extraHeaders = List.copyOf(extraHeaders);
  }

  /** The same writer adding these SQL header lines (e.g. {@code -- Replaces: ...}) after the template's own. */
  RevisionWriter withHeaders(List<String> lines) {
    return new RevisionWriter(config, graph, lines);
  }

  Path write(String message, boolean java, List<RevisionId> parents, List<String> labels, List<String> dependsOn,
      String revId, Path versionPath, RevisionBody body) {
    refuseReadOnlyLocations();
    if (message == null || message.isBlank()) {
      throw new AuthoringException(null, "a revision needs a message", List.of(), "retort revision -m \"add users table\"");
    }
    String problem = MessageText.problemWith(message);
    if (problem != null) {
      throw new AuthoringException(null, "the message holds " + problem + "; a message is one line of text", List.of(),
          "pass a one-line message, e.g. -m \"add users table\" (longer notes go in a comment in the file)");
    }
    String oneLine = message.strip().replaceAll("\\s+", " ");
    String slug = Slug.of(oneLine);
    if (slug.isEmpty()) {
      throw new AuthoringException(null, "message '" + oneLine + "' has no letters or digits, so the file name would be empty",
          List.of(), "use a message with words, e.g. -m \"add users table\"");
    }
    String id = revId == null ? newId() : checkedId(revId);
    labels.forEach(this::checkLabel);
    Path folder = folder(versionPath);
    slug = fittedSlug(slug, id, java);
    Path file = folder.resolve(id + (slug.isEmpty() ? "" : "_" + slug) + (java ? ".java" : ".sql"));
    if (Files.exists(file)) {
      throw new AuthoringException(Location.of(file), "the file already exists", List.of(), "pick another --rev-id");
    }
    String text = render(java, id, oneLine, slug, parents, labels, dependsOn,
        Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
    if (body != null) {
      text = withBody(text, body, java);
    }
    try {
      Files.createDirectories(folder);
      Files.writeString(file, text);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
    try {
      ProjectScripts.of(config).graph();
    } catch (RuntimeException broken) {
      deleteQuietly(file);
      throw broken;
    }
    return file;
  }

  /**
   * The slug, shortened so the file name (and a Java revision's class file name) fits in the 255
   * bytes file systems allow; empty when only the id fits. Ids and slugs are ASCII: one byte a
   * character.
   */
  private static String fittedSlug(String slug, String id, boolean java) {
    String extension = java ? ".java" : ".sql";
    if (id.length() + extension.length() > MAX_FILE_NAME) {
      throw new AuthoringException(null, "--rev-id is " + id.length() + " characters, so the file name " + id + extension
          + " would be longer than the " + MAX_FILE_NAME + " bytes file systems allow", List.of(),
          "use an id of at most " + (MAX_FILE_NAME - extension.length()) + " characters (12 random hex characters if you"
              + " leave --rev-id out)");
    }
    String fitted = slug;
    while (!fitted.isEmpty() && !fits(fitted, id, extension, java)) {
      fitted = fitted.substring(0, fitted.length() - 1).replaceAll("_+$", "");
    }
    if (java && fitted.isEmpty() && Slug.className("", id).length() + CLASS.length() > MAX_FILE_NAME) {
      int longest = MAX_FILE_NAME - CLASS.length() - Slug.className("", "").length();
      throw new AuthoringException(null, "--rev-id is " + id.length() + " characters, so the class file "
          + Slug.className("", id) + CLASS + " would be longer than the " + MAX_FILE_NAME + " bytes file systems allow",
          List.of(), "use an id of at most " + longest + " characters for a Java revision, or write it as SQL (--sql)");
    }
    return fitted;
  }

  private static boolean fits(String slug, String id, String extension, boolean java) {
    return id.length() + 1 + slug.length() + extension.length() <= MAX_FILE_NAME
        && (!java || Slug.className(slug, id).length() + CLASS.length() <= MAX_FILE_NAME);
  }

  /**
   * Writes a SQL revision carried over from another tool as it was there: its own id, message,
   * create date and references, {@code body} spliced into the template, this writer's extra header
   * lines. Nothing is checked against the graph, which the caller reads once after the last file.
   */
  Path writeCarriedOver(String id, String message, String createDate, List<RevisionId> parents, List<String> labels,
      List<String> dependsOn, RevisionBody body) {
    String slug = fittedSlug(Slug.of(message), id, false);
    Path file = config.versionLocations().get(0).resolve(id + (slug.isEmpty() ? "" : "_" + slug) + ".sql");
    String text = withBody(render(false, id, message, slug, parents, labels, dependsOn, createDate), body, false);
    try {
      Files.createDirectories(file.getParent());
      return Files.writeString(file, text, java.nio.file.StandardOpenOption.CREATE_NEW,
          java.nio.file.StandardOpenOption.WRITE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  private String render(boolean java, String id, String message, String slug, List<RevisionId> parents,
      List<String> labels, List<String> dependsOn, String createDate) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("id", id);
    values.put("message", message);
    values.put("message_java", message.replace("\\", "\\\\").replace("\"", "\\\""));
    values.put("create_date", createDate);
    values.put("revises", String.join(", ", parents.stream().map(RevisionId::value).toList()));
    values.put("revises_java", String.join(", ", parents.stream().map(p -> "\"" + p + "\"").toList()));
    values.put("class_name", Slug.className(slug, id));
    StringBuilder extra = new StringBuilder();
    StringBuilder extraJava = new StringBuilder();
    if (!labels.isEmpty()) {
      extra.append("-- Branch-Labels: ").append(String.join(", ", labels)).append('\n');
      extraJava.append(",\n    branchLabels = {").append(quoted(labels)).append('}');
    }
    if (!dependsOn.isEmpty()) {
      extra.append("-- Depends-On: ").append(String.join(", ", dependsOn)).append('\n');
      extraJava.append(",\n    dependsOn = {").append(quoted(dependsOn)).append('}');
    }
    extraHeaders.forEach(line -> extra.append(line).append('\n'));
    values.put("extra_headers", extra.toString());
    values.put("extra_java", extraJava.toString());
    String template = ScriptTemplates.forProject(config.scriptLocation(), java ? ScriptTemplates.JAVA : ScriptTemplates.SQL);
    return ScriptTemplates.render(template, values);
  }

  /** The template's text with an autogenerated body spliced in. */
  private String withBody(String text, RevisionBody body, boolean java) {
    String name = java ? ScriptTemplates.JAVA : ScriptTemplates.SQL;
    return body.spliceInto(text).orElseThrow(() -> new AuthoringException(
        Location.of(config.scriptLocation().resolve("templates").resolve(name)),
        "the revision template has no place for the generated " + (java ? "methods" : "statements"),
        List.of("it needs " + body.needs()), "add those lines to the template, or delete it to use the built-in one"));
  }

  private static String quoted(List<String> values) {
    return String.join(", ", values.stream().map(v -> "\"" + v + "\"").toList());
  }

  private String newId() {
    while (true) {
      byte[] bytes = new byte[6];
      RANDOM.nextBytes(bytes);
      String id = HexFormat.of().formatHex(bytes);
      if (!graph.contains(RevisionId.of(id)) && graph.withPrefix(id.substring(0, 4)).isEmpty()) {
        return id;
      }
    }
  }

  private String checkedId(String id) {
    String problem = RevisionId.problemWith(id, "--rev-id");
    if (problem != null) {
      throw new AuthoringException(null, problem, List.of(),
          id.length() > RevisionId.MAX_LENGTH ? SHORTER_ID : "use letters, digits, '_' and '.' only");
    }
    if (id.length() > config.versionColumnWidth()) {
      throw new AuthoringException(null, "--rev-id " + id + " is " + id.length() + " characters; the version column holds "
          + config.versionColumnWidth(), List.of(), SHORTER_ID);
    }
    if (graph.contains(RevisionId.of(id)) || graph.labelOwner(id).isPresent()) {
      throw new AuthoringException(null, "revision id " + id + " is already taken", List.of(), "pick another --rev-id");
    }
    return id;
  }

  private void checkLabel(String label) {
    String problem = RevisionId.problemWith(label, "branch label");
    if (problem != null || KEYWORDS.contains(label)) {
      throw new AuthoringException(null, problem != null ? problem : "branch label '" + label + "' is a target keyword",
          List.of(), "use letters, digits and '_', e.g. --branch-label auth");
    }
    if (graph.labelOwner(label).isPresent() || graph.contains(RevisionId.of(label))) {
      throw new AuthoringException(null, "branch label '" + label + "' is already used by revision "
          + graph.labelOwner(label).map(RevisionId::value).orElse(label), List.of(), "pick a new label");
    }
  }

  /** Every version location on the class path: nowhere to write a file (A001). */
  private void refuseReadOnlyLocations() {
    if (!config.versionLocations().isEmpty()) {
      return;
    }
    String name = config.classpathLocations().isEmpty() ? "db/retort" : config.classpathLocations().get(0);
    throw new AuthoringException(null,
        "no version location to write to: " + String.join(", ", config.describeVersionLocations())
            + " is on the class path, which is read-only",
        List.of("a class-path location holds what the application's build copied there"),
        "write revisions into the source folder the build copies, e.g. in a retort.toml for development:"
            + " version_locations = [\"src/main/resources/" + name + "\"]");
  }

  private Path folder(Path versionPath) {
    if (versionPath == null) {
      return config.versionLocations().get(0);
    }
    Path wanted = versionPath.toAbsolutePath().normalize();
    for (Path location : config.versionLocations()) {
      if (wanted.startsWith(location.toAbsolutePath().normalize())) {
        return wanted;
      }
    }
    throw new AuthoringException(Location.of(versionPath), "--version-path is not inside a version location",
        config.versionLocations().stream().map(p -> "version location: " + Paths.display(p)).toList(),
        "pass one of the folders above (or a folder inside one), or add it to version_locations in retort.toml");
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // the load error that follows is what the user needs
    }
  }
}
