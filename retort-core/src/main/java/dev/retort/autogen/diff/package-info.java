/**
 * The schema diff of autogenerate (issue #10): {@link dev.retort.autogen.diff.SchemaDiff} compares
 * two {@code dev.retort.schema} snapshots and returns {@code dev.retort.ops} operations in an
 * order that applies (see its Javadoc), with warnings ({@link dev.retort.autogen.diff.DiffResult}).
 * One comparator per object kind: tables (with {@code DependencyOrder} for foreign-key order and
 * cycles), columns, primary keys (by their columns), unique constraints, checks, indexes,
 * foreign keys, views, sequences, enum types and comments; {@code ModelConverter}
 * turns model elements into the retort-migration-api values the operations carry. Rename hints ({@link
 * dev.retort.autogen.diff.DiffOptions}) give {@code RenameTable} and a column rename ({@code
 * AlterColumn} with {@code renameTo}), never a drop and an add. Types are compared by their
 * normalised spelling.
 *
 * <p>Pure: values in, values out, no JDBC. May use {@code schema} and {@code ops} (and the
 * retort-migration-api value types the operations carry).
 *
 * <p>Views, sequences, PostgreSQL enum types and comments have their comparators too ({@code
 * ViewComparator}, {@code SequenceComparator}, {@code EnumTypeComparator}, {@code
 * CommentComparator}); a removed or reordered enum value is a warning with the manual recipe.
 *
 * <p>Not compared: column order (an added column goes last);
 * identity and generated columns, index access methods other than btree, {@code ON UPDATE} and
 * deferrable foreign keys are reported as warnings, since the operations cannot carry them.
 */
package dev.retort.autogen.diff;
