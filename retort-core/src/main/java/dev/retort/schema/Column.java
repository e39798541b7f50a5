package dev.retort.schema;

import java.util.Objects;

/**
 * A table column.
 *
 * @param name the column name as stored (PostgreSQL folds unquoted names to lower case)
 * @param type the type as reported and normalised
 * @param nullable whether it accepts null
 * @param defaultExpression the default as the database reports it, or null when there is none
 * @param identity whether and how the database generates values
 * @param generated the expression of a computed column, or null
 * @param comment the column comment, or null
 */
public record Column(
    String name, ColumnType type, boolean nullable, String defaultExpression, Identity identity,
    GeneratedColumn generated, String comment) {
  public Column {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(identity, "identity");
  }

  /** A plain column: no default, identity, generation or comment. */
  public static Column of(String name, ColumnType type, boolean nullable) {
    return new Column(name, type, nullable, null, Identity.NONE, null, null);
  }

  /** This column with another default. */
  public Column withDefault(String expression) {
    return new Column(name, type, nullable, expression, identity, generated, comment);
  }

  /** This column with another identity. */
  public Column withIdentity(Identity value) {
    return new Column(name, type, nullable, defaultExpression, value, generated, comment);
  }

  /** This column with another generation expression. */
  public Column withGenerated(GeneratedColumn value) {
    return new Column(name, type, nullable, defaultExpression, identity, value, comment);
  }

  /** This column with another comment. */
  public Column withComment(String value) {
    return new Column(name, type, nullable, defaultExpression, identity, generated, value);
  }
}
