/**
 * Fleets: many databases or tenant schemas migrated, checked and reported on by one command. This
 * package resolves the {@code [fleet]} configuration into targets, selects a slice of them ({@code
 * --shard}, {@code --only}, {@code --tag}), orders them in stages and runs each stage with bounded
 * parallelism. What is run on one target is given by the caller (the public API runs the same
 * single-target code as {@code retort upgrade}); this package never connects to a database.
 */
package dev.retort.fleet;
