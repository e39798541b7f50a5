/**
 * Repeatable revisions: {@code .sql} files (views, functions, procedures) re-applied after the
 * revision graph's steps whenever their checksum differs from the one recorded at their last
 * application, with their own table ({@code retort_repeatable}).
 */
package dev.retort.run.repeatable;
