package dev.retort.script;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The templates new files start from: a project's own {@code <script_location>/templates/} when
 * present, else the ones built into Retort. Placeholders are {@code ${name}}.
 */
public final class ScriptTemplates {
  /** Template file names. */
  public static final String SQL = "revision.sql";
  public static final String JAVA = "revision.java";
  public static final String CONFIG = "retort.toml";

  private ScriptTemplates() {}

  /** The built-in template text. */
  public static String builtIn(String name) {
    try (InputStream in = ScriptTemplates.class.getResourceAsStream("/dev/retort/templates/" + name)) {
      if (in == null) {
        throw new IllegalStateException("built-in template missing: " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The project's template if {@code templates/<name>} exists under the script location, else the built-in one. */
  public static String forProject(Path scriptLocation, String name) {
    Path own = scriptLocation.resolve("templates").resolve(name);
    if (Files.isRegularFile(own)) {
      try {
        return Files.readString(own);
      } catch (IOException e) {
        throw new UnreadableScriptException(own, e);
      }
    }
    return builtIn(name);
  }

  /** Replaces every {@code ${key}} with its value. */
  public static String render(String template, Map<String, String> values) {
    String out = template;
    for (Map.Entry<String, String> e : values.entrySet()) {
      out = out.replace("${" + e.getKey() + "}", e.getValue());
    }
    return out;
  }
}
