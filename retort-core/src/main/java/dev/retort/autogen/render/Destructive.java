package dev.retort.autogen.render;

import dev.retort.migration.Type;
import dev.retort.ops.Op;
import dev.retort.ops.OpVisitor;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which operations lose data, and what they lose: the text of a {@code retort:destructive} marker.
 * Dropping a table or a column loses its rows or values; changing a column's type may lose or
 * reject values that do not fit the new type (the operation does not carry the old type, so every
 * type change is marked); dropping a sequence loses its current value; {@code DROP TABLE} or
 * {@code DROP SEQUENCE} in raw SQL too. Dropping an index, a constraint, a primary key, a view or an
 * enum type (its columns must be gone first) loses no data, so it is not marked; neither is a rename.
 */
public final class Destructive implements OpVisitor<Optional<String>> {
  /** The marker's text, after the comment opener: {@code retort:destructive <what is lost>}. */
  public static final String MARKER = "retort:destructive";

  private static final Pattern DROP_SQL =
      Pattern.compile("^\\s*DROP\\s+(TABLE|SEQUENCE)\\s+(?:IF\\s+EXISTS\\s+)?([^\\s;,]+)", Pattern.CASE_INSENSITIVE);

  /** What {@code op} loses, or empty when it loses no data. */
  public static Optional<String> loss(Op op) {
    return op.accept(new Destructive());
  }

  private Destructive() {}

  /** How a type is written in messages: {@code VARCHAR(320)}, {@code NUMERIC(10, 2)}, {@code tsvector}. */
  static String typeText(Type type) {
    if (type.raw() || type.length() == 0) {
      return type.name();
    }
    return type.name() + "(" + type.length() + (type.scale() == 0 ? "" : ", " + type.scale()) + ")";
  }

  @Override
  public Optional<String> dropTable(Op.DropTable op) {
    return Optional.of("table " + op.table() + " and all its rows");
  }

  @Override
  public Optional<String> dropColumn(Op.DropColumn op) {
    return Optional.of("column " + op.table() + "." + op.column() + " and its values");
  }

  @Override
  public Optional<String> alterColumn(Op.AlterColumn op) {
    if (op.change().type() == null) {
      return Optional.empty();
    }
    return Optional.of("values of " + op.table() + "." + op.column() + " that do not fit the new type "
        + typeText(op.change().type()));
  }

  @Override
  public Optional<String> execute(Op.ExecuteSql op) {
    Matcher m = DROP_SQL.matcher(op.sql());
    if (!m.find()) {
      return Optional.empty();
    }
    String kind = m.group(1).toLowerCase(Locale.ROOT);
    return Optional.of(kind + " " + m.group(2) + (kind.equals("table") ? " and all its rows" : " and its current value"));
  }

  @Override
  public Optional<String> createTable(Op.CreateTable op) {
    return Optional.empty();
  }

  @Override
  public Optional<String> renameTable(Op.RenameTable op) {
    return Optional.empty();
  }

  @Override
  public Optional<String> addColumn(Op.AddColumn op) {
    return Optional.empty();
  }

  @Override
  public Optional<String> createIndex(Op.CreateIndex op) {
    return Optional.empty();
  }

  @Override
  public Optional<String> dropIndex(Op.DropIndex op) {
    return Optional.empty();
  }

  @Override
  public Optional<String> createForeignKey(Op.CreateForeignKey op) {
    return Optional.empty();
  }

  @Override
  public Optional<String> createUniqueConstraint(Op.CreateUniqueConstraint op) {
    return Optional.empty();
  }

  @Override
  public Optional<String> createCheckConstraint(Op.CreateCheckConstraint op) {
    return Optional.empty();
  }

  @Override
  public Optional<String> dropConstraint(Op.DropConstraint op) {
    return Optional.empty();
  }

  @Override
  public Optional<String> createPrimaryKey(Op.CreatePrimaryKey op) {
    return Optional.empty();
  }

  @Override
  public Optional<String> dropPrimaryKey(Op.DropPrimaryKey op) {
    return Optional.empty();
  }

  @Override
  public Optional<String> bulkInsert(Op.BulkInsert op) {
    return Optional.empty();
  }

  @Override
  public Optional<String> dropSequence(Op.DropSequence op) {
    return Optional.of("sequence " + op.name() + " and its current value");
  }

  @Override
  public Optional<String> createView(Op.CreateView op) {
    return Optional.empty();
  }

  @Override
  public Optional<String> dropView(Op.DropView op) {
    return Optional.empty();
  }

  @Override
  public Optional<String> createSequence(Op.CreateSequence op) {
    return Optional.empty();
  }

  @Override
  public Optional<String> alterSequence(Op.AlterSequence op) {
    return Optional.empty();
  }

  @Override
  public Optional<String> createEnumType(Op.CreateEnumType op) {
    return Optional.empty();
  }

  @Override
  public Optional<String> addEnumValue(Op.AddEnumValue op) {
    return Optional.empty();
  }

  @Override
  public Optional<String> dropEnumType(Op.DropEnumType op) {
    return Optional.empty();
  }

  @Override
  public Optional<String> setComment(Op.SetComment op) {
    return Optional.empty();
  }
}
