package dev.retort.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine;

/**
 * Prints the project version and the git commit the CLI was built from, both recorded at build
 * time in {@code dev/retort/cli/version.properties} (a resource Maven filters).
 */
public final class RetortVersion implements CommandLine.IVersionProvider {
  static final String RESOURCE = "version.properties";

  @Override
  public String[] getVersion() {
    return new String[] {line(read())};
  }

  /** {@code retort 0.1.0 (commit 1a2b3c4d5e6f)}; unfilled or missing values read as unknown. */
  static String line(Properties recorded) {
    String version = value(recorded, "version");
    String commit = value(recorded, "commit");
    return "retort " + (version == null ? "(version unknown)" : version)
        + " (commit " + (commit == null ? "unknown" : commit) + ")";
  }

  private static String value(Properties recorded, String key) {
    String text = recorded.getProperty(key, "").strip();
    // a placeholder the build could not fill (no .git folder) is left as ${...}
    return text.isEmpty() || text.startsWith("${") ? null : text;
  }

  private static Properties read() {
    Properties recorded = new Properties();
    try (InputStream in = RetortVersion.class.getResourceAsStream(RESOURCE)) {
      if (in != null) {
        recorded.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
    return recorded;
  }
}
