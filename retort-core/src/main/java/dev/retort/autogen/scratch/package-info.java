/**
 * Scratch databases: empty databases of the project's dialect on which autogenerate, {@code check}
 * and {@code diff} build the schemas they compare.
 */
package dev.retort.autogen.scratch;
