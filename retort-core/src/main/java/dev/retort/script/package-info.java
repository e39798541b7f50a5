/**
 * Script discovery: {@link dev.retort.script.ScriptDirectory} finds revision files in its
 * {@link dev.retort.script.ScriptSource}s (folders, and class-path folders whose resources are
 * read as {@link dev.retort.script.ClasspathPath}s through a read-only file system of a class
 * loader), the header parsers read their SQL comment headers or Java {@code @Revision}
 * annotations as text (or, for a compiled class on the class path, from the loaded class), and
 * {@link dev.retort.script.Checksum} fingerprints them; {@link dev.retort.script.JavaMigrationLoader}
 * compiles a Java revision on demand (cached by checksum) or loads its compiled class, and
 * instantiates it as a {@code Migration}. Alembic revisions ({@code .py}) are read as text only:
 * their headers ({@code PythonHeaderParser}) and, for lint, the SQL literals and {@code op} calls of
 * their {@code def upgrade()}/{@code def downgrade()} ({@link dev.retort.script.PythonExecuteSql}).
 * May use {@code error}, {@code graph} and the user API of retort-migration-api ({@code
 * dev.retort.migration}).
 */
package dev.retort.script;
