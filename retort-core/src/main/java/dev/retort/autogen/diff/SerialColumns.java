package dev.retort.autogen.diff;

import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.Schema;
import dev.retort.schema.Sequence;
import dev.retort.schema.Table;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Folds PostgreSQL {@code serial} columns back into one fact before comparing. The database keeps
 * a {@code serial} column as an integer column, a sequence it owns, and a {@code nextval} default
 * on that sequence; compared part by part, two sides that both say {@code serial} would differ in
 * the sequence's name as soon as a table was renamed, and {@code serial} against an identity column
 * would read as a default and a sequence change. A column is folded when its default is {@code
 * nextval('s'::regclass)}, sequence {@code s} of the same schema is owned by exactly that column
 * and has the settings {@code serial} gives it (its type, start 1, increment 1, cache 1, no cycle,
 * the type's full range). The folded column's type reads {@code serial} ({@code bigserial},
 * {@code smallserial}), its default still names the sequence, and the sequence leaves the schema.
 */
final class SerialColumns {
  private static final Pattern NEXTVAL = Pattern.compile("nextval\\('([^']+)'::regclass\\)");
  /** Normalised integer type to its serial type. */
  private static final Map<String, String> SERIAL = Map.of("int4", "serial", "int8", "bigserial", "int2", "smallserial");
  /** Serial type to the normalised integer type behind it. */
  private static final Map<String, String> BASE = Map.of("serial", "int4", "bigserial", "int8", "smallserial", "int2");
  /** Serial type to the SQL name of the integer type behind it. */
  private static final Map<String, String> BASE_SQL = Map.of("serial", "integer", "bigserial", "bigint", "smallserial",
      "smallint");
  /** Normalised integer type to the sequence type {@code serial} gives it and that type's largest value. */
  private static final Map<String, String> SEQUENCE_TYPE = Map.of("int4", "integer", "int8", "bigint", "int2", "smallint");
  private static final Map<String, Long> MAX = Map.of("int4", (long) Integer.MAX_VALUE, "int8", Long.MAX_VALUE,
      "int2", (long) Short.MAX_VALUE);

  private SerialColumns() {}

  /** The schema with its serial columns folded and their sequences removed. */
  static Schema fold(Schema schema) {
    if (schema.sequences().isEmpty()) {
      return schema;
    }
    Set<String> folded = new HashSet<>();
    List<Table> tables = new ArrayList<>();
    for (Table t : schema.tables()) {
      List<Column> columns = new ArrayList<>();
      for (Column c : t.columns()) {
        Optional<Sequence> owned = ownedSequence(schema, t, c);
        if (owned.isPresent()) {
          folded.add(owned.get().name());
          columns.add(new Column(c.name(), new ColumnType(SERIAL.get(c.type().normalized()),
              SERIAL.get(c.type().normalized())), c.nullable(), c.defaultExpression(), c.identity(), c.generated(),
              c.comment()));
        } else {
          columns.add(c);
        }
      }
      tables.add(new Table(t.name(), columns, t.primaryKey(), t.uniqueConstraints(), t.indexes(), t.foreignKeys(),
          t.checks(), t.comment()));
    }
    List<Sequence> sequences = schema.sequences().stream().filter(s -> !folded.contains(s.name())).toList();
    return new Schema(schema.name(), tables, schema.views(), sequences, schema.enumTypes());
  }

  /** Whether a (folded) column type is one of the serial types. */
  static boolean isSerial(ColumnType type) {
    return BASE.containsKey(type.normalized());
  }

  /** The integer type behind a folded serial type; any other type as it is. */
  static String baseType(ColumnType type) {
    return BASE.getOrDefault(type.normalized(), type.normalized());
  }

  /** The SQL type to write for a column of this type: {@code integer} for {@code serial}, the reported type otherwise. */
  static String sqlType(ColumnType type) {
    return BASE_SQL.getOrDefault(type.normalized(), type.reported());
  }

  /** The sequence a folded serial column's default names. */
  static String sequenceName(Column column) {
    Matcher m = NEXTVAL.matcher(column.defaultExpression());
    return m.find() ? m.group(1) : null;
  }

  private static Optional<Sequence> ownedSequence(Schema schema, Table table, Column column) {
    String dflt = column.defaultExpression();
    String type = column.type().normalized();
    if (dflt == null || !SERIAL.containsKey(type) || column.identity() != dev.retort.schema.Identity.NONE) {
      return Optional.empty();
    }
    Matcher m = NEXTVAL.matcher(dflt.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    String name = unqualified(schema.name(), m.group(1));
    String owner = table.name() + "." + column.name();
    return schema.sequences().stream()
        .filter(s -> s.name().equals(name) && owner.equals(s.ownedBy()) && s.dataType().toLowerCase(Locale.ROOT).equals(SEQUENCE_TYPE.get(type))
            && s.start() == 1 && s.increment() == 1 && s.minValue() == 1 && s.maxValue() == MAX.get(type)
            && s.cache() == 1 && !s.cycle())
        .findFirst();
  }

  /** {@code s} for {@code schema.s} or a plain {@code s}; a name in another schema stays qualified (and matches none). */
  private static String unqualified(String schema, String name) {
    String unquoted = name.replace("\"", "");
    return unquoted.startsWith(schema + ".") ? unquoted.substring(schema.length() + 1) : unquoted;
  }
}
