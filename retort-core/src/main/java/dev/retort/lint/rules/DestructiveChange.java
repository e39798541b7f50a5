package dev.retort.lint.rules;

import dev.retort.error.Location;
import dev.retort.error.RetortException;
import dev.retort.graph.RevisionKind;
import dev.retort.lint.Finding;
import dev.retort.lint.LintContext;
import dev.retort.lint.Rule;
import dev.retort.lint.RuleInfo;
import dev.retort.lint.Severity;
import dev.retort.script.ScriptHeader;
import dev.retort.script.ScriptText;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * RT208: a {@code -- retort:destructive <what is lost>} line in the upgrade section of a SQL
 * revision (or {@code // retort:destructive ...} in a Java revision's {@code upgrade} method), as
 * {@code retort revision --autogenerate} writes it before an operation that loses data. The finding
 * stays until a person has reviewed the change and deletes the line.
 */
final class DestructiveChange implements Rule {
  private static final RuleInfo INFO = new RuleInfo("RT208", "destructive-change", Severity.ERROR,
      "a generated operation that loses data (marked retort:destructive) has not been reviewed");
  private static final Pattern MARKER = Pattern.compile("^\\s*(?:--|//)\\s*retort:destructive\\b[ \\t]*(.*)$");
  private static final Pattern SQL_UPGRADE = Pattern.compile("^\\s*--\\s*\\+upgrade\\b.*");
  private static final Pattern SQL_DOWNGRADE = Pattern.compile("^\\s*--\\s*\\+downgrade\\b.*");
  private static final Pattern JAVA_UPGRADE = Pattern.compile(".*\\bvoid\\s+upgrade\\s*\\(.*");
  private static final Pattern JAVA_DOWNGRADE = Pattern.compile(".*\\bvoid\\s+downgrade\\s*\\(.*");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public List<Finding> check(LintContext context) {
    List<Finding> findings = new ArrayList<>();
    for (ScriptHeader header : context.headers()) {
      String text;
      try {
        text = ScriptText.read(header.path());
      } catch (RetortException | UncheckedIOException e) {
        continue; // the loader reports an unreadable file
      }
      boolean java = header.kind() == RevisionKind.JAVA;
      Pattern start = java ? JAVA_UPGRADE : SQL_UPGRADE;
      Pattern end = java ? JAVA_DOWNGRADE : SQL_DOWNGRADE;
      boolean inUpgrade = false;
      String[] lines = text.split("\\R", -1);
      for (int i = 0; i < lines.length; i++) {
        if (start.matcher(lines[i]).matches()) {
          inUpgrade = true;
        } else if (end.matcher(lines[i]).matches()) {
          inUpgrade = false;
        }
        Matcher m = MARKER.matcher(lines[i]);
        if (inUpgrade && m.matches()) {
          String what = m.group(1).strip();
          findings.add(new Finding(INFO.code(), INFO.severity(), new Location(header.path(), i + 1),
              "the next operation is destructive: it loses " + (what.isEmpty() ? "data" : what),
              "review it (is it a rename? see the warnings at the top of the upgrade), back up or copy the data"
                  + " first if it is needed, then delete this line to acknowledge"));
        }
      }
    }
    return findings;
  }
}
