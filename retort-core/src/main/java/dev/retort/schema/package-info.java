/**
 * The schema model: what a database holds, as immutable records with no JDBC in them. A {@link
 * dev.retort.schema.SchemaSnapshot} holds {@link dev.retort.schema.Schema}s, which hold {@link
 * dev.retort.schema.Table}s (columns, primary key, unique constraints, indexes, foreign keys,
 * checks, comment), {@link dev.retort.schema.View}s, {@link dev.retort.schema.Sequence}s and
 * PostgreSQL {@link dev.retort.schema.EnumType}s. Every collection is copied in the compact
 * constructor and sorted by name (columns keep their position order, unnamed constraints sort
 * first by their columns or expression), so two reflections of the same schema are {@code equals}.
 * Column types carry the database's spelling and a normalised one ({@link
 * dev.retort.schema.ColumnType}). Depends on nothing else in Retort.
 *
 * <p>Each dialect fills the model ({@code dev.retort.dialect.SchemaReflector}). What comes next
 * (issue #10): a pure {@code autogen.diff} that compares two snapshots and returns {@code ops}
 * operations, ordered by foreign-key dependencies; scratch databases on which {@code schema.sql},
 * JPA entities or the migrations are applied and then reflected, so both sides are normalised by
 * the same database; and the {@code revision --autogenerate}, {@code check} and {@code diff}
 * commands over them. The diff compares {@link dev.retort.schema.ColumnType#normalized()}, never the
 * reported spelling, and matches unnamed SQLite constraints by their columns.
 */
package dev.retort.schema;
