package dev.retort.script;

import dev.retort.error.Location;
import dev.retort.graph.RevisionKind;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads an Alembic revision ({@code versions/*.py}) as text, never running Python: the
 * module-level assignments of {@code revision}, {@code down_revision}, {@code branch_labels} and
 * {@code depends_on} (plain or annotated, {@code revision: str = "..."}), whose values must be
 * literals ({@link PythonLiteral}); the message is the first paragraph of the module docstring, as
 * Alembic shows it, and the create date its {@code Create Date:} line. As in Python, the last
 * module-level assignment of a name wins.
 *
 * <p>A {@code .py} file with none of these assignments and no {@code def upgrade()} is not a
 * revision (a helper module, {@code __init__.py}) and is skipped.
 */
final class PythonHeaderParser {
  private static final String REVISION = "revision";
  private static final String DOWN_REVISION = "down_revision";
  private static final String BRANCH_LABELS = "branch_labels";
  private static final String DEPENDS_ON = "depends_on";
  private static final Set<String> FIELDS = Set.of(REVISION, DOWN_REVISION, BRANCH_LABELS, DEPENDS_ON);
  /** Module-level statements that open a block whose body runs (or not) at import time. */
  private static final Set<String> BLOCKS = Set.of("if", "elif", "else", "try", "except", "finally", "with", "for",
      "while", "match", "case");
  /** Module-level statements whose body does not run at import time. */
  private static final Set<String> DEFINITIONS = Set.of("def", "class", "async");

  private final Path path;
  private final Map<String, Assignment> assignments = new java.util.HashMap<>();
  private PythonToken docstring;
  private int upgradeLine;

  private PythonHeaderParser(Path path) {
    this.path = path;
  }

  /**
   * One module-level assignment.
   *
   * @param value its value
   * @param line the line of the assigned name
   */
  private record Assignment(PythonLiteral value, int line) {}

  /** The header, or null when the file is not a revision. */
  static ScriptHeader parse(Path path, String text, String checksum) {
    if (path.getFileName().toString().startsWith("__init__")) {
      return null; // Alembic skips these too
    }
    PythonHeaderParser parser = new PythonHeaderParser(path);
    parser.read(PythonTokenizer.lines(path, text));
    return parser.header(checksum);
  }

  private void read(List<PythonTokenizer.LogicalLine> lines) {
    boolean inBlock = false;
    boolean first = true;
    for (PythonTokenizer.LogicalLine line : lines) {
      List<PythonToken> tokens = line.tokens();
      if (first && tokens.stream().allMatch(t -> t.kind() == PythonToken.Kind.STRING)) {
        docstring = joined(tokens);
      }
      first = false;
      if (line.indent() > 0) {
        if (inBlock && isFieldAssignment(tokens)) {
          throw HeaderException.computedInPython(
              new Location(path, line.line()), source(tokens),
              tokens.get(0).text() + " is assigned inside a block (if, try, ...), so only running the file"
                  + " tells which value it gets",
              fixFor(tokens.get(0).text()) + " at the top level of the file, outside any block");
        }
        continue;
      }
      String keyword = tokens.get(0).kind() == PythonToken.Kind.NAME ? tokens.get(0).text() : "";
      inBlock = BLOCKS.contains(keyword);
      if (DEFINITIONS.contains(keyword)) {
        if (tokens.size() > 1 && keyword.equals("def") && tokens.get(1).text().equals("upgrade") && upgradeLine == 0) {
          upgradeLine = line.line();
        }
        continue;
      }
      for (List<PythonToken> statement : statements(tokens)) {
        readStatement(statement);
      }
    }
  }

  /** The statements of a logical line split at {@code ;} outside brackets. */
  private static List<List<PythonToken>> statements(List<PythonToken> tokens) {
    List<List<PythonToken>> statements = new java.util.ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < tokens.size(); i++) {
      depth += depthChange(tokens.get(i));
      if (depth == 0 && tokens.get(i).isOp(";")) {
        if (i > start) {
          statements.add(tokens.subList(start, i));
        }
        start = i + 1;
      }
    }
    if (start < tokens.size()) {
      statements.add(tokens.subList(start, tokens.size()));
    }
    return statements;
  }

  private static int depthChange(PythonToken token) {
    if (token.kind() != PythonToken.Kind.OP) {
      return 0;
    }
    return switch (token.text()) {
      case "(", "[", "{" -> 1;
      case ")", "]", "}" -> -1;
      default -> 0;
    };
  }

  private static boolean isFieldAssignment(List<PythonToken> tokens) {
    return tokens.size() > 1 && tokens.get(0).kind() == PythonToken.Kind.NAME && FIELDS.contains(tokens.get(0).text())
        && (tokens.get(1).isOp("=") || tokens.get(1).isOp(":") || tokens.get(1).isOp(",")
            || tokens.get(1).kind() == PythonToken.Kind.OP && tokens.get(1).text().endsWith("=")
            && !tokens.get(1).isOp("=="));
  }

  private void readStatement(List<PythonToken> tokens) {
    if (!isFieldAssignment(tokens)) {
      return;
    }
    PythonToken name = tokens.get(0);
    Location at = new Location(path, name.line());
    PythonToken operator = tokens.get(1);
    if (operator.isOp(",")) {
      throw HeaderException.unreadablePython(at,
          "'" + source(tokens) + "' assigns several names at once, which Retort does not read",
          "write one assignment per line: " + name.text() + " = ...");
    }
    if (!operator.isOp("=") && !operator.isOp(":")) {
      throw HeaderException.computedInPython(at, source(tokens), name.text() + " is computed at run time",
          fixFor(name.text()));
    }
    int valueStart = 2;
    if (operator.isOp(":")) {
      valueStart = equalsAfterAnnotation(tokens);
      if (valueStart < 0) {
        throw HeaderException.unreadablePython(at,
            "'" + source(tokens) + "' declares " + name.text() + " without a value",
            fixFor(name.text()));
      }
    }
    List<PythonToken> value = tokens.subList(valueStart, tokens.size());
    if (value.stream().anyMatch(t -> t.isOp("=")) && depthOfFirstEquals(value) == 0) {
      throw HeaderException.unreadablePython(at,
          "'" + source(tokens) + "' assigns the value to several names at once, which Retort does not read",
          "write one assignment per line: " + name.text() + " = ...");
    }
    Optional<PythonLiteral> literal = PythonLiteral.of(value);
    if (literal.isEmpty()) {
      throw HeaderException.computedInPython(at, source(tokens), describe(name.text(), value), fixFor(name.text()));
    }
    assignments.put(name.text(), new Assignment(literal.get(), name.line()));
  }

  /** The index after the {@code =} that ends an annotation ({@code name: T = value}), or -1. */
  private static int equalsAfterAnnotation(List<PythonToken> tokens) {
    int depth = 0;
    for (int i = 2; i < tokens.size(); i++) {
      depth += depthChange(tokens.get(i));
      if (depth == 0 && tokens.get(i).isOp("=")) {
        return i + 1;
      }
    }
    return -1;
  }

  private static int depthOfFirstEquals(List<PythonToken> tokens) {
    int depth = 0;
    for (PythonToken token : tokens) {
      if (token.isOp("=")) {
        return depth;
      }
      depth += depthChange(token);
    }
    return -1;
  }

  private static String describe(String name, List<PythonToken> value) {
    if (value.isEmpty()) {
      return name + " has no value after '='";
    }
    boolean fString = value.stream().anyMatch(t -> t.kind() == PythonToken.Kind.OTHER_STRING
        && t.source().toLowerCase(java.util.Locale.ROOT).matches("[a-z]*f[a-z]*['\"].*"));
    if (fString) {
      return name + " is an f-string, computed at run time";
    }
    if (value.stream().anyMatch(t -> t.kind() == PythonToken.Kind.OTHER_STRING)) {
      return name + " is a bytes literal, not a string";
    }
    if (value.size() == 1 && value.get(0).kind() == PythonToken.Kind.NUMBER) {
      return name + " is a number, not a string";
    }
    if (value.stream().anyMatch(t -> t.isOp("("))
        && value.stream().anyMatch(t -> t.kind() == PythonToken.Kind.NAME && !t.text().equals("None"))) {
      return name + " is computed at run time (a call or an expression)";
    }
    if (value.size() == 1 && value.get(0).kind() == PythonToken.Kind.NAME) {
      return name + " names a variable, whose value is known only at run time";
    }
    return name + " is computed at run time";
  }

  private static String fixFor(String name) {
    return switch (name) {
      case REVISION -> "write the id itself as a string: revision = \"1a2b3c4d5e6f\"";
      case DOWN_REVISION -> "write the parent ids themselves: down_revision = \"1a2b3c4d5e6f\" (None for a base,"
          + " (\"a1\", \"b2\") for a merge)";
      case BRANCH_LABELS -> "write the labels themselves: branch_labels = (\"label\",) (or None)";
      default -> "write the ids or labels themselves: depends_on = \"1a2b3c4d5e6f\" (a tuple for several, or None)";
    };
  }

  /** The statement as written, on one line. */
  private static String source(List<PythonToken> tokens) {
    StringBuilder out = new StringBuilder();
    PythonToken previous = null;
    for (PythonToken token : tokens) {
      if (previous != null && (previous.line() != token.line()
          || token.column() > previous.column() + previous.source().length())) {
        out.append(' ');
      }
      out.append(token.source());
      previous = token;
    }
    String text = out.toString().replace('\n', ' ');
    return text.length() > 120 ? text.substring(0, 117) + "..." : text;
  }

  private static PythonToken joined(List<PythonToken> strings) {
    StringBuilder text = new StringBuilder();
    strings.forEach(t -> text.append(t.text()));
    PythonToken first = strings.get(0);
    return new PythonToken(PythonToken.Kind.STRING, text.toString(), first.source(), first.line(), first.column());
  }

  /** {@code ""}: Alembic tests {@code depends_on} for truth, so an empty string means none. */
  private static boolean isEmptyString(PythonLiteral value) {
    return value.isString() && value.strings().get(0).isEmpty();
  }

  private ScriptHeader header(String checksum) {
    Assignment revision = assignments.get(REVISION);
    if (revision == null) {
      if (assignments.isEmpty() && upgradeLine == 0) {
        return null;
      }
      int line = assignments.values().stream().mapToInt(Assignment::line).min().orElse(upgradeLine);
      throw HeaderException.unreadablePython(new Location(path, line),
          "the file is an Alembic revision (it has " + (assignments.isEmpty() ? "def upgrade()" : String.join(", ",
              new java.util.TreeSet<>(assignments.keySet()))) + ") but no module-level 'revision = \"...\"'",
          "add revision = \"<id>\" at the top level of the file (Alembic's template puts it after the imports),"
              + " or move the file out of the version locations");
    }
    if (revision.value().isNone() || !revision.value().isString()) {
      throw HeaderException.unreadablePython(new Location(path, revision.line()),
          "revision must be one string, not " + (revision.value().isNone() ? "None" : "a collection"),
          fixFor(REVISION));
    }
    Assignment down = assignments.get(DOWN_REVISION);
    if (down == null) {
      throw HeaderException.unreadablePython(new Location(path, revision.line()),
          "the revision has no module-level down_revision (Alembic needs one too)",
          "add down_revision = None for a base revision, or down_revision = \"<parent id>\"");
    }
    Assignment labels = assignments.get(BRANCH_LABELS);
    Assignment depends = assignments.get(DEPENDS_ON);
    PythonDocstring doc = PythonDocstring.of(docstring);
    return new ScriptHeader(
        path,
        RevisionKind.PYTHON,
        revision.value().strings().get(0),
        revision.line(),
        down.value().strings(),
        down.line(),
        depends == null || isEmptyString(depends.value()) ? List.of() : depends.value().strings(),
        depends == null ? 0 : depends.line(),
        labels == null ? Set.of() : new LinkedHashSet<>(labels.value().strings()),
        labels == null ? 0 : labels.line(),
        doc.message(),
        doc.line(),
        doc.createDate(),
        true,
        checksum);
  }
}
