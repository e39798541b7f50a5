package dev.retort.script;

import dev.retort.error.Location;
import dev.retort.graph.RevisionKind;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/** Collects header fields while a parser reads them; rejects duplicates; builds the header. */
final class HeaderFields {
  /** Header keys, as the SQL header spells them. */
  enum Key {
    REVISION("Revision"),
    REVISES("Revises"),
    MESSAGE("Message"),
    CREATE_DATE("Create-Date"),
    BRANCH_LABELS("Branch-Labels"),
    DEPENDS_ON("Depends-On"),
    TRANSACTIONAL("Transactional"),
    REPLACES("Replaces"),
    /** An imported revision whose body is not SQL yet ({@link IncompleteMarker}); not carried on the header. */
    INCOMPLETE("Incomplete");

    final String header;

    Key(String header) {
      this.header = header;
    }
  }

  private final Path path;
  private final RevisionKind kind;
  private final String[] values = new String[Key.values().length];
  private final int[] lines = new int[Key.values().length];

  HeaderFields(Path path, RevisionKind kind) {
    this.path = path;
    this.kind = kind;
  }

  void put(Key key, String value, int line, String spelling) {
    if (values[key.ordinal()] != null) {
      throw HeaderException.malformed(
          new Location(path, line),
          spelling + " appears twice in the header (first on line " + lines[key.ordinal()] + ")",
          "keep one " + spelling + " line");
    }
    values[key.ordinal()] = value.strip();
    lines[key.ordinal()] = line;
  }

  boolean has(Key key) {
    return values[key.ordinal()] != null;
  }

  ScriptHeader build(String checksum, String revisesSpelling) {
    if (!has(Key.REVISES)) {
      throw HeaderException.malformed(
          new Location(path, lines[Key.REVISION.ordinal()]),
          "the header has no " + revisesSpelling + " line",
          "add '" + revisesSpelling + ": <parent id>' (left empty for a base revision)");
    }
    String revision = values[Key.REVISION.ordinal()];
    if (revision.isEmpty()) {
      throw HeaderException.malformed(
          new Location(path, lines[Key.REVISION.ordinal()]),
          "the revision id is empty",
          "write the id after 'Revision:', e.g. a 12-hex id as retort revision makes");
    }
    return new ScriptHeader(
        path,
        kind,
        revision,
        lines[Key.REVISION.ordinal()],
        list(Key.REVISES),
        lines[Key.REVISES.ordinal()],
        list(Key.DEPENDS_ON),
        lines[Key.DEPENDS_ON.ordinal()],
        new LinkedHashSet<>(list(Key.BRANCH_LABELS)),
        lines[Key.BRANCH_LABELS.ordinal()],
        text(Key.MESSAGE),
        lines[Key.MESSAGE.ordinal()],
        text(Key.CREATE_DATE),
        transactional(),
        checksum,
        list(Key.REPLACES),
        lines[Key.REPLACES.ordinal()]);
  }

  private String text(Key key) {
    return values[key.ordinal()] == null ? "" : values[key.ordinal()];
  }

  private List<String> list(Key key) {
    String value = values[key.ordinal()];
    List<String> items = new ArrayList<>();
    if (value == null || value.isEmpty()) {
      return items;
    }
    for (String part : value.split(",", -1)) {
      String item = part.strip();
      if (item.isEmpty()) {
        throw HeaderException.malformed(
            new Location(path, lines[key.ordinal()]),
            key.header + " has an empty entry: '" + value + "'",
            "separate entries with single commas, e.g. '" + key.header + ": a1b2c3d4e5f6, 0f9e8d7c6b5a'");
      }
      items.add(item);
    }
    return items;
  }

  private boolean transactional() {
    String value = values[Key.TRANSACTIONAL.ordinal()];
    if (value == null || value.equalsIgnoreCase("true")) {
      return true;
    }
    if (value.equalsIgnoreCase("false")) {
      return false;
    }
    throw HeaderException.malformed(
        new Location(path, lines[Key.TRANSACTIONAL.ordinal()]),
        "Transactional must be true or false, not '" + value + "'",
        "Transactional: false");
  }
}
