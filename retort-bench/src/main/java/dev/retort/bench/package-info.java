/**
 * Benchmark harnesses, run by the {@code bench/*.sh} scripts and never by the test suite (see
 * docs/benchmarks.md). {@link dev.retort.bench.HistoryGenerator} writes synthetic histories as
 * Retort and Alembic projects; {@link dev.retort.bench.HeadsBenchmark}, {@link
 * dev.retort.bench.ColdProfile} and {@link dev.retort.bench.LeanHeadsProbe} measure graph loading
 * ({@code bench/heads.sh}, {@code bench/profile-heads.sh}); the {@code Apply*} classes measure
 * applying revisions ({@code bench/apply.sh}); {@link dev.retort.bench.FleetFlywayLoop} is Flyway's
 * side of {@code bench/fleet.sh} (tenant schemas). May use anything in retort-core.
 */
package dev.retort.bench;
