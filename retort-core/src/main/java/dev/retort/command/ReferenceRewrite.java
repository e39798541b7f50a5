package dev.retort.command;

import dev.retort.graph.RevisionId;
import dev.retort.graph.RevisionKind;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites the references of one script's header ({@code Revises:} and {@code Depends-On:} of a
 * SQL revision, the quoted ids of a Java revision's {@code @Revision}), and drops its {@code
 * Replaces:} line; the rest of the file is kept byte for byte.
 */
final class ReferenceRewrite {
  private static final Pattern SQL_REFERENCE =
      Pattern.compile("(?im)^([ \\t]*--[ \\t]*(?:revises|depends-on|depends on)[ \\t]*:)([^\\r\\n]*)$");
  private static final Pattern SQL_REPLACES = Pattern.compile("(?im)^[ \\t]*--[ \\t]*replaces[ \\t]*:[^\\r\\n]*(\\r?\\n|$)");

  private static final Pattern BODY = Pattern.compile("(?m)^[ \\t]*--[ \\t]*\\+(?:upgrade|downgrade)\\b");

  private ReferenceRewrite() {}

  /** Where a SQL revision's header ends: at its first section marker (or the end). */
  private static int headerEnd(String text) {
    Matcher m = BODY.matcher(text);
    return m.find() ? m.start() : text.length();
  }

  /** {@code text} with each reference to a key of {@code renamed} pointing at its value (repeats dropped). */
  static String references(String text, RevisionKind kind, Map<RevisionId, RevisionId> renamed) {
    if (kind == RevisionKind.JAVA) {
      int end = text.indexOf(" class ");
      String head = end < 0 ? text : text.substring(0, end);
      for (Map.Entry<RevisionId, RevisionId> e : renamed.entrySet()) {
        head = head.replace("\"" + e.getKey().value() + "\"", "\"" + e.getValue().value() + "\"");
      }
      return end < 0 ? head : head + text.substring(end);
    }
    int end = headerEnd(text);
    String body = text.substring(end);
    Matcher m = SQL_REFERENCE.matcher(text.substring(0, end));
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      Set<String> values = new LinkedHashSet<>();
      for (String part : m.group(2).split(",")) {
        String value = part.strip();
        if (!value.isEmpty()) {
          RevisionId to = RevisionId.isValid(value) ? renamed.get(new RevisionId(value)) : null;
          values.add(to == null ? value : to.value());
        }
      }
      m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + (values.isEmpty() ? "" : " " + String.join(", ", values))));
    }
    m.appendTail(out);
    return out + body;
  }

  /** {@code text} without its {@code -- Replaces:} line. */
  static String withoutReplaces(String text) {
    int end = headerEnd(text);
    return SQL_REPLACES.matcher(text.substring(0, end)).replaceFirst("") + text.substring(end);
  }

  /** Whether a header's references name one of {@code ids}. */
  static boolean names(List<RevisionId> parents, List<String> dependsOn, Set<RevisionId> ids) {
    return parents.stream().anyMatch(ids::contains)
        || dependsOn.stream().anyMatch(d -> RevisionId.isValid(d) && ids.contains(new RevisionId(d)));
  }
}
