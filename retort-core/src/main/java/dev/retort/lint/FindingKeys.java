package dev.retort.lint;

import dev.retort.error.RetortException;
import dev.retort.script.ScriptHeader;
import dev.retort.script.SqlScript;
import dev.retort.script.SqlStatement;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Keys findings for a {@link Baseline} so that a key survives line shifts: the rule's code, the
 * revision id of the file, and a hash of what the finding is about. That is the statement that
 * starts on the finding's line (SQL files), else the text of that line (Java revisions, header
 * lines), else the message (findings about a whole file or the whole project).
 */
public final class FindingKeys {
  private final Map<Path, String> revisionOf = new HashMap<>();
  private final Map<Path, Map<Integer, String>> statements = new HashMap<>();
  private final Path projectFolder;
  private final dev.retort.script.SqlSyntax syntax;

  /**
   * @param headers the headers of the project's revision files
   * @param projectFolder the folder paths are shown relative to when a file has no header
   * @param syntax how the target database splits SQL (as the rules read the statements)
   */
  public FindingKeys(List<ScriptHeader> headers, Path projectFolder, dev.retort.script.SqlSyntax syntax) {
    headers.forEach(h -> revisionOf.putIfAbsent(normal(h.path()), h.id()));
    this.projectFolder = normal(projectFolder);
    this.syntax = syntax;
  }

  /** The baseline entry that records {@code finding}. */
  public BaselineEntry entryOf(Finding finding) {
    String revision = "";
    String anchor = finding.message();
    if (finding.location() != null) {
      Path file = normal(finding.location().file());
      revision = revisionOf.getOrDefault(file, relative(file));
      int line = finding.location().line();
      if (line > 0) {
        anchor = statementsOf(file).getOrDefault(line, anchor);
      }
    }
    String fingerprint = sha256(finding.code() + "\n" + revision + "\n" + anchor);
    return new BaselineEntry(finding.code(), revision, fingerprint, finding.message());
  }

  /** Line to statement text (whitespace collapsed) for a SQL file; line to line text otherwise. */
  private Map<Integer, String> statementsOf(Path file) {
    return statements.computeIfAbsent(file, this::read);
  }

  private Map<Integer, String> read(Path file) {
    Map<Integer, String> byLine = new HashMap<>();
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException | RuntimeException e) {
      return byLine;
    }
    for (int i = 0; i < lines.size(); i++) {
      String text = collapse(lines.get(i));
      if (!text.isEmpty()) {
        byLine.put(i + 1, text);
      }
    }
    if (file.getFileName().toString().endsWith(".sql")) {
      try {
        SqlScript script = SqlScript.read(file, syntax);
        script.upgrade().forEach(s -> put(byLine, s));
        script.downgrade().ifPresent(d -> d.forEach(s -> put(byLine, s)));
      } catch (RetortException e) {
        // an unsplittable body: the line texts stand in
      }
    }
    return byLine;
  }

  private static void put(Map<Integer, String> byLine, SqlStatement statement) {
    byLine.put(statement.line(), collapse(statement.sql()));
  }

  private static String collapse(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }

  private String relative(Path file) {
    Path shown = file.startsWith(projectFolder) ? projectFolder.relativize(file) : file;
    return shown.toString().replace('\\', '/');
  }

  private static Path normal(Path path) {
    return path.toAbsolutePath().normalize();
  }

  private static String sha256(String text) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no SHA-256", e);
    }
  }
}
