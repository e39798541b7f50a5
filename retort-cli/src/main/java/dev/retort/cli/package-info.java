/** The {@code retort} command line: picocli adapters over {@link dev.retort.api.Retort}; no business logic. */
package dev.retort.cli;
