/**
 * Retort's public Java API: {@link dev.retort.api.Retort#configure()} builds a {@link
 * dev.retort.api.Retort} (one project and its database) whose methods run every command and
 * return immutable values (records and enums of this package). The command line, the Maven plugin
 * and the Spring Boot starter use this package and {@code dev.retort.error} only; every other
 * package of retort-core is internal, and no public signature here names one of its types (both
 * checked by architecture tests). See docs/java-api.md.
 */
package dev.retort.api;
