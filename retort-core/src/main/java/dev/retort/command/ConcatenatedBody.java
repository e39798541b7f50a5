package dev.retort.command;

import dev.retort.autogen.render.RevisionBody;
import dev.retort.graph.Revision;
import dev.retort.graph.RevisionKind;
import dev.retort.script.ScriptText;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code retort squash --concat}: the squash's upgrade is the range's upgrade sections in order,
 * its downgrade their downgrade sections in reverse order, each under a comment naming the
 * revision it came from. Data changes and hand-written SQL are kept as they are, which a
 * generated squash (a schema diff) would lose.
 */
final class ConcatenatedBody {
  private static final Pattern UPGRADE = Pattern.compile("(?m)^[ \\t]*--[ \\t]*\\+upgrade\\b.*$\\n?");
  private static final Pattern DOWNGRADE = Pattern.compile("(?m)^[ \\t]*--[ \\t]*\\+downgrade\\b.*$\\n?");

  private ConcatenatedBody() {}

  static RevisionBody of(SquashRange range) {
    List<String> upgrade = new java.util.ArrayList<>();
    List<String> downgrade = new java.util.ArrayList<>();
    for (Revision revision : range.chain()) {
      Sections sections = sections(revision);
      upgrade.add(from(revision) + sections.upgrade());
      downgrade.add(0, from(revision) + sections.downgrade());
    }
    // one blank line between the revisions' parts
    return RevisionBody.sql(String.join("\n", upgrade), String.join("\n", downgrade));
  }

  private static String from(Revision revision) {
    return "-- from " + revision.id() + (revision.message().isEmpty() ? "" : ": " + revision.message()) + "\n";
  }

  private record Sections(String upgrade, String downgrade) {}

  private static Sections sections(Revision revision) {
    if (revision.kind() != RevisionKind.SQL) {
      throw new SquashRefusedException(revision.origin().revisionLocation(), revision.id()
          + " is a Java revision, whose body --concat cannot copy into a SQL file", List.of(),
          "leave out --concat: the squash is then generated from the schema the range produces");
    }
    String text = ScriptText.read(revision.origin().path());
    Matcher up = UPGRADE.matcher(text);
    Matcher down = DOWNGRADE.matcher(text);
    if (!up.find() || !down.find() || down.start() < up.end()) {
      throw new SquashRefusedException(revision.origin().revisionLocation(), revision.id()
          + " has no '-- +downgrade' section after its '-- +upgrade' section, so the squash could not be downgraded",
          List.of(), "add a '-- +downgrade' section to " + revision.id() + ", or leave out --concat");
    }
    return new Sections(trimmed(text.substring(up.end(), down.start())), trimmed(text.substring(down.end())));
  }

  /** The section without blank lines around it, ending with one line break (empty: nothing). */
  private static String trimmed(String section) {
    String body = section.strip();
    return body.isEmpty() ? "" : body + "\n";
  }
}
