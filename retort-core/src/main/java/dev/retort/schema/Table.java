package dev.retort.schema;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A table with its columns (in their position order) and constraints and indexes (sorted by name,
 * unnamed ones first by their columns), so that two reflections of one table are {@code equals}.
 *
 * @param name the table name
 * @param columns the columns in position order
 * @param primaryKey the primary key, or null
 * @param uniqueConstraints the unique constraints
 * @param indexes the explicit indexes
 * @param foreignKeys the foreign keys
 * @param checks the check constraints (of the table and of its columns)
 * @param comment the table comment, or null
 */
public record Table(
    String name, List<Column> columns, PrimaryKey primaryKey, List<UniqueConstraint> uniqueConstraints,
    List<Index> indexes, List<ForeignKey> foreignKeys, List<CheckConstraint> checks, String comment) {
  static final Comparator<Table> ORDER = Comparator.comparing(Table::name);

  public Table {
    Objects.requireNonNull(name, "name");
    columns = List.copyOf(columns);
    uniqueConstraints = Sorted.copy(uniqueConstraints, UniqueConstraint.ORDER);
    indexes = Sorted.copy(indexes, Index.ORDER);
    foreignKeys = Sorted.copy(foreignKeys, ForeignKey.ORDER);
    checks = Sorted.copy(checks, CheckConstraint.ORDER);
  }

  /** The column with this name (a loop: the diff asks for every column of every table, mostly in a cold JVM). */
  public Optional<Column> column(String columnName) {
    for (Column c : columns) {
      if (c.name().equals(columnName)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /** The index with this name. */
  public Optional<Index> index(String indexName) {
    for (Index i : indexes) {
      if (i.name().equals(indexName)) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }

  /** A builder for a table named {@code name}. */
  public static Builder builder(String name) {
    return new Builder(name);
  }

  /** Collects a table's parts in any order; {@link #build()} sorts them. */
  public static final class Builder {
    private final String name;
    private final List<Column> columns = new ArrayList<>();
    private PrimaryKey primaryKey;
    private final List<UniqueConstraint> uniques = new ArrayList<>();
    private final List<Index> indexes = new ArrayList<>();
    private final List<ForeignKey> foreignKeys = new ArrayList<>();
    private final List<CheckConstraint> checks = new ArrayList<>();
    private String comment;

    private Builder(String name) {
      this.name = name;
    }

    /** Adds a column after the ones added before. */
    public Builder column(Column column) {
      columns.add(column);
      return this;
    }

    /** Sets the primary key. */
    public Builder primaryKey(PrimaryKey key) {
      primaryKey = key;
      return this;
    }

    /** Adds a unique constraint. */
    public Builder unique(UniqueConstraint unique) {
      uniques.add(unique);
      return this;
    }

    /** Adds an index. */
    public Builder index(Index index) {
      indexes.add(index);
      return this;
    }

    /** Adds a foreign key. */
    public Builder foreignKey(ForeignKey foreignKey) {
      foreignKeys.add(foreignKey);
      return this;
    }

    /** Adds a check constraint. */
    public Builder check(CheckConstraint check) {
      checks.add(check);
      return this;
    }

    /** Sets the table comment (null for none). */
    public Builder comment(String text) {
      comment = text;
      return this;
    }

    /** The table, its parts sorted. */
    public Table build() {
      return new Table(name, columns, primaryKey, uniques, indexes, foreignKeys, checks, comment);
    }
  }
}
