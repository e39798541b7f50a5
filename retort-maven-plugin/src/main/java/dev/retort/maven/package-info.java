/**
 * The Retort Maven plugin: one Mojo per goal ({@code upgrade}, {@code downgrade}, {@code stamp},
 * {@code current}, {@code status}, {@code lint}, {@code check}, {@code revision}), the plugin's
 * settings in Flyway's order of precedence, and what the goals print. Uses only {@code
 * dev.retort.api} and {@code dev.retort.error} of Retort (ApiBoundaryTest).
 */
package dev.retort.maven;
