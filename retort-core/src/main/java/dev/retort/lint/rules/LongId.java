package dev.retort.lint.rules;

import dev.retort.error.Location;
import dev.retort.graph.RevisionId;
import dev.retort.lint.Finding;
import dev.retort.lint.LintContext;
import dev.retort.lint.Rule;
import dev.retort.lint.RuleInfo;
import dev.retort.lint.Severity;
import dev.retort.script.ScriptHeader;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code RT109}: a revision id longer than 32 characters (a warning: it does not fit Alembic's
 * default {@code version_num VARCHAR(32)}), or longer than the configured
 * {@code version_column_width} (an error: the version row cannot be written).
 */
public final class LongId implements Rule {
  /** Alembic's default version column width. */
  static final int ALEMBIC_WIDTH = 32;

  public static final RuleInfo INFO = new RuleInfo(
      "RT109", "long-id", Severity.WARNING, "a revision id does not fit a 32-character (or the configured) version column");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public List<Finding> check(LintContext context) {
    int width = context.config().versionColumnWidth();
    List<Finding> findings = new ArrayList<>();
    for (ScriptHeader header : context.headers()) {
      int length = header.id().length();
      if (!RevisionId.isValid(header.id()) || length <= Math.min(ALEMBIC_WIDTH, width)) {
        continue;
      }
      Location at = new Location(header.path(), header.idLine());
      if (header.kind() == dev.retort.graph.RevisionKind.PYTHON && length > ALEMBIC_WIDTH) {
        findings.add(new Finding(INFO.code(), Severity.ERROR, at,
            "revision id " + header.id() + " is " + length + " characters; Alembic writes it to alembic_version's"
                + " version_num VARCHAR(" + ALEMBIC_WIDTH + "), so upgrade and stamp fail with 'value too long'",
            "revision = \"" + shortId(header.id()) + "\" (and change the down_revision and depends_on values that"
                + " name " + header.id() + ")"));
      } else if (length > width) {
        findings.add(new Finding(INFO.code(), Severity.ERROR, at,
            "revision id " + header.id() + " is " + length + " characters; version_column_width is " + width
                + ", so its version row cannot be written",
            "give the revision a shorter id (and update Revises: lines naming it), or set version_column_width = "
                + length + " in retort.toml"));
      } else {
        findings.add(new Finding(INFO.code(), INFO.severity(), at,
            "revision id " + header.id() + " is " + length + " characters; it does not fit Alembic's default"
                + " version_num VARCHAR(" + ALEMBIC_WIDTH + ")",
            "give the revision an id of at most " + ALEMBIC_WIDTH + " characters (retort revision makes 12-hex ids)"));
      }
    }
    return findings;
  }

  /** A 12-hex id derived from the long one, so the suggestion is the same on every run. */
  static String shortId(String id) {
    try {
      byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
          .digest(id.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return java.util.HexFormat.of().formatHex(digest).substring(0, 12);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
