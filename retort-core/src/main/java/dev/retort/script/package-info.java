/**
 * Script discovery: {@link dev.retort.script.ScriptDirectory} finds revision files, the header
 * parsers read their SQL comment headers or Java {@code @Revision} annotations as text, and
 * {@link dev.retort.script.Checksum} fingerprints them; {@link dev.retort.script.JavaMigrationLoader}
 * compiles a Java revision on demand (cached by checksum) and loads it as a {@code Migration}. May
 * use {@code error}, {@code graph} and the user API of retort-migration-api ({@code dev.retort.migration}).
 */
package dev.retort.script;
