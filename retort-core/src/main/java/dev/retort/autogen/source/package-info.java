/**
 * Where the schemas that autogenerate, {@code check} and {@code diff} compare come from: the
 * migrations, a {@code schema.sql} file or folder, JPA entities, a live database. Each is applied
 * to (or read from) a database of the project's dialect and reflected there.
 */
package dev.retort.autogen.source;
