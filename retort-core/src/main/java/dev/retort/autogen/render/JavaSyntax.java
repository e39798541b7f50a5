package dev.retort.autogen.render;

import dev.retort.migration.CheckConstraint;
import dev.retort.migration.Column;
import dev.retort.migration.ColumnChange;
import dev.retort.migration.ForeignKey;
import dev.retort.migration.Identity;
import dev.retort.migration.Index;
import dev.retort.migration.Sequence;
import dev.retort.migration.Table;
import dev.retort.migration.Type;
import dev.retort.migration.UniqueConstraint;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Java source for the retort-migration-api values an operation carries ({@code Table.named("t").column(...)},
 * {@code Type.varchar(320)}, ...), recording which classes the source needs to import.
 */
final class JavaSyntax {
  private static final Set<String> TYPE_CONSTANTS = Set.of("INTEGER", "BIGINT", "SMALLINT", "BOOLEAN", "TEXT", "DATE",
      "TIMESTAMP", "TIMESTAMPTZ", "DOUBLE", "BLOB", "JSON", "JSONB", "UUID");
  private static final Pattern REFERENCE = Pattern.compile("^(.+)\\((.+)\\)$");
  /** How far a continued builder line is indented (method body plus four). */
  static final String CONTINUED = "\n        ";

  private final SortedSet<String> imports = new TreeSet<>();

  /** The classes used so far, fully qualified and sorted. */
  List<String> imports() {
    return List.copyOf(imports);
  }

  private String use(Class<?> type) {
    imports.add(type.getName());
    return type.getSimpleName();
  }

  /** A Java string literal. */
  static String literal(String s) {
    if (s == null) {
      return "null";
    }
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20 || c == 0x7f) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }

  /** Literals separated by commas, for varargs. */
  static String literals(List<String> values) {
    return String.join(", ", values.stream().map(JavaSyntax::literal).toList());
  }

  String type(Type type) {
    String t = use(Type.class);
    if (type.raw()) {
      return t + ".of(" + literal(type.name()) + ")";
    }
    if (TYPE_CONSTANTS.contains(type.name()) && type.length() == 0 && type.scale() == 0) {
      return t + "." + type.name();
    }
    if (type.name().equals("VARCHAR") && type.scale() == 0 && type.length() > 0) {
      return t + ".varchar(" + type.length() + ")";
    }
    if (type.name().equals("NUMERIC") && type.length() > 0) {
      return t + ".numeric(" + type.length() + ", " + type.scale() + ")";
    }
    return "new " + t + "(" + literal(type.name()) + ", " + type.length() + ", " + type.scale() + ", false)";
  }

  String column(Column column) {
    StringBuilder out = new StringBuilder(use(Column.class)).append(".of(").append(literal(column.name())).append(", ")
        .append(type(column.type())).append(')');
    if (column.isPrimaryKey()) {
      out.append(".primaryKey()");
      if (column.nullable()) {
        out.append(".nullable(true)");
      }
    } else if (!column.nullable()) {
      out.append(".notNull()");
    }
    if (column.defaultSql() != null) {
      out.append(".defaultSql(").append(literal(column.defaultSql())).append(')');
    }
    if (column.isUnique()) {
      out.append(".unique()");
    }
    if (column.identity() != null) {
      out.append(".identity(").append(identity(column.identity())).append(')');
    }
    if (column.generated() != null) {
      out.append(column.generated().stored() ? ".generatedAs(" : ".generatedVirtualAs(")
          .append(literal(column.generated().expression())).append(')');
    }
    if (column.references() != null) {
      Matcher m = REFERENCE.matcher(column.references());
      if (!m.matches()) {
        return null;
      }
      out.append(".references(").append(literal(m.group(1))).append(", ").append(literal(m.group(2))).append(')');
    }
    return out.toString();
  }

  /** {@code Identity.always()} or {@code Identity.byDefault()}, with its start and increment. */
  String identity(Identity identity) {
    StringBuilder out = new StringBuilder(use(Identity.class)).append(identity.isAlways() ? ".always()" : ".byDefault()");
    if (identity.start() != null) {
      out.append(".startWith(").append(identity.start()).append("L)");
    }
    if (identity.increment() != null) {
      out.append(".incrementBy(").append(identity.increment()).append("L)");
    }
    return out.toString();
  }

  /** The table expression, or null when a column's reference cannot be written. */
  String table(Table table) {
    StringBuilder out = new StringBuilder(use(Table.class)).append(".named(").append(literal(table.name())).append(')');
    for (Column column : table.columns()) {
      String c = column(column);
      if (c == null) {
        return null;
      }
      out.append(CONTINUED).append(".column(").append(c).append(')');
    }
    if (!table.primaryKey().isEmpty()) {
      out.append(CONTINUED).append(".primaryKey(").append(literals(table.primaryKey())).append(')');
    }
    for (UniqueConstraint unique : table.uniques()) {
      out.append(CONTINUED).append(".unique(").append(unique(unique)).append(')');
    }
    for (CheckConstraint check : table.checks()) {
      out.append(CONTINUED).append(".check(").append(check(check)).append(')');
    }
    for (ForeignKey fk : table.foreignKeys()) {
      out.append(CONTINUED).append(".foreignKey(").append(foreignKey(fk)).append(')');
    }
    if (table.onlyIfMissing()) {
      out.append(CONTINUED).append(".ifNotExists()");
    }
    return out.toString();
  }

  String unique(UniqueConstraint unique) {
    String cols = unique.columns().isEmpty() ? "" : ", " + literals(unique.columns());
    return use(UniqueConstraint.class) + ".named(" + literal(unique.name()) + cols + ")"
        + (unique.isInitiallyDeferred() ? ".initiallyDeferred()" : unique.isDeferrable() ? ".deferrable()" : "")
        + (unique.onlyIfMissing() ? ".ifNotExists()" : "");
  }

  String check(CheckConstraint check) {
    return use(CheckConstraint.class) + ".named(" + literal(check.name()) + ", " + literal(check.condition()) + ")"
        + (check.onlyIfMissing() ? ".ifNotExists()" : "");
  }

  String foreignKey(ForeignKey fk) {
    StringBuilder out = new StringBuilder(use(ForeignKey.class)).append(".named(").append(literal(fk.name())).append(')')
        .append(".columns(").append(literals(fk.columns())).append(')')
        .append(".references(").append(literal(fk.referencedTable()));
    if (!fk.referencedColumns().isEmpty()) {
      out.append(", ").append(literals(fk.referencedColumns()));
    }
    out.append(')');
    if (fk.onDelete() != null) {
      out.append(".onDelete(").append(literal(fk.onDelete())).append(')');
    }
    if (fk.onUpdate() != null) {
      out.append(".onUpdate(").append(literal(fk.onUpdate())).append(')');
    }
    if (fk.isInitiallyDeferred()) {
      out.append(".initiallyDeferred()");
    } else if (fk.isDeferrable()) {
      out.append(".deferrable()");
    }
    if (fk.onlyIfMissing()) {
      out.append(".ifNotExists()");
    }
    return out.toString();
  }

  String index(Index index) {
    StringBuilder out = new StringBuilder(use(Index.class)).append(".on(").append(literal(index.table()));
    if (!index.columns().isEmpty()) {
      out.append(", ").append(literals(index.columns()));
    }
    out.append(')');
    String defaultName = "ix_" + index.table() + "_" + String.join("_", index.columns());
    if (!defaultName.equals(index.name())) {
      out.append(".named(").append(literal(index.name())).append(')');
    }
    if (index.isUnique()) {
      out.append(".unique()");
    }
    if (index.where() != null) {
      out.append(".where(").append(literal(index.where())).append(')');
    }
    if (index.method() != null) {
      out.append(".using(").append(literal(index.method())).append(')');
    }
    if (index.isConcurrent()) {
      out.append(".concurrently()");
    }
    if (index.onlyIfMissing()) {
      out.append(".ifNotExists()");
    }
    return out.toString();
  }

  String change(ColumnChange change) {
    StringBuilder out = new StringBuilder(use(ColumnChange.class)).append(".change()");
    if (change.type() != null) {
      out.append(".type(").append(type(change.type())).append(')');
    }
    if (change.nullable() != null) {
      out.append(".nullable(").append(change.nullable()).append(')');
    }
    if (change.dropsSequence() != null) {
      // drops the default too; a new default follows it
      out.append(".dropSerial(").append(literal(change.dropsSequence())).append(')');
    }
    if (change.dropsDefault()) {
      if (change.dropsSequence() == null) {
        out.append(".dropDefault()");
      }
    } else if (change.defaultSql() != null) {
      out.append(".defaultSql(").append(literal(change.defaultSql())).append(')');
    }
    if (change.dropsIdentity()) {
      out.append(".dropIdentity()");
    }
    if (change.identity() != null) {
      out.append(".addIdentity(").append(identity(change.identity())).append(')');
    }
    if (change.serial() != null) {
      out.append(".serial(").append(literal(change.serial())).append(')');
    }
    if (change.newName() != null) {
      out.append(".renameTo(").append(literal(change.newName())).append(')');
    }
    return out.toString();
  }

  String sequence(Sequence sequence) {
    StringBuilder out = new StringBuilder(use(Sequence.class)).append(".named(").append(literal(sequence.name()))
        .append(')');
    if (sequence.dataType() != null) {
      out.append(".as(").append(literal(sequence.dataType())).append(')');
    }
    appendLong(out, "startWith", sequence.start());
    appendLong(out, "incrementBy", sequence.increment());
    appendLong(out, "minValue", sequence.minValue());
    appendLong(out, "maxValue", sequence.maxValue());
    appendLong(out, "cache", sequence.cache());
    if (sequence.cycles() != null) {
      out.append(sequence.cycles() ? ".cycle()" : ".noCycle()");
    }
    if (sequence.ownedBy() != null) {
      int dot = sequence.ownedBy().lastIndexOf('.');
      if (dot < 0) {
        out.append(".ownedByNone()");
      } else {
        out.append(".ownedBy(").append(literal(sequence.ownedBy().substring(0, dot))).append(", ")
            .append(literal(sequence.ownedBy().substring(dot + 1))).append(')');
      }
    }
    return out.toString();
  }

  private static void appendLong(StringBuilder out, String method, Long value) {
    if (value != null) {
      boolean fitsInt = value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE;
      out.append('.').append(method).append('(').append(value).append(fitsInt ? "" : "L").append(')');
    }
  }

  /** A row as {@code Map.of(...)}, or null when a value cannot be written as a literal. */
  String row(Map<String, Object> row) {
    StringBuilder out = new StringBuilder(use(Map.class)).append(".of(");
    boolean first = true;
    for (Map.Entry<String, Object> e : row.entrySet()) {
      String value = value(e.getValue());
      if (value == null || row.size() > 10) {
        return null;
      }
      out.append(first ? "" : ", ").append(literal(e.getKey())).append(", ").append(value);
      first = false;
    }
    return out.append(')').toString();
  }

  String list() {
    return use(List.class);
  }

  private static String value(Object value) {
    if (value instanceof String s) {
      return literal(s);
    }
    if (value instanceof Integer || value instanceof Boolean) {
      return value.toString();
    }
    if (value instanceof Long l) {
      return l + "L";
    }
    return null;
  }
}
