/**
 * Script discovery: {@link dev.retort.script.ScriptDirectory} finds revision files, the header
 * parsers read their SQL comment headers or Java {@code @Revision} annotations as text, and
 * {@link dev.retort.script.Checksum} fingerprints them. May use {@code error} and {@code graph}.
 */
package dev.retort.script;
