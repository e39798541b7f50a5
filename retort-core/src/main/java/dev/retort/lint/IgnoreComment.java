package dev.retort.lint;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code -- retort:lint-ignore RT111 reason} comment (or {@code // retort:lint-ignore ...} in a
 * Java revision, {@code # retort:lint-ignore ...} in an Alembic one): it switches one rule off for the whole file. The reason is required; a comment
 * without one is itself a finding ({@code RT100}) and suppresses nothing.
 *
 * @param file the file holding the comment
 * @param line the 1-based line of the comment
 * @param code the rule code (or name) it names
 * @param reason why the rule does not apply, or empty when none was given
 */
public record IgnoreComment(Path file, int line, String code, String reason) {
  private static final Pattern COMMENT =
      Pattern.compile("(?:--|//|#)\\s*retort:lint-ignore\\b[ \\t]*([A-Za-z0-9_-]*)[ \\t]*(.*)$");

  /** Whether the comment gives a reason. */
  public boolean hasReason() {
    return !reason.isBlank();
  }

  /** Every ignore comment in a file's text. */
  public static List<IgnoreComment> parse(Path file, String text) {
    List<IgnoreComment> comments = new ArrayList<>();
    String[] lines = text.split("\r\n|\r|\n", -1);
    for (int i = 0; i < lines.length; i++) {
      Matcher m = COMMENT.matcher(lines[i]);
      if (m.find()) {
        String reason = m.group(2).strip();
        if (reason.endsWith("*/")) {
          reason = reason.substring(0, reason.length() - 2).strip();
        }
        comments.add(new IgnoreComment(file, i + 1, m.group(1), reason));
      }
    }
    return comments;
  }
}
