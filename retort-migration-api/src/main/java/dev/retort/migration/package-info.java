/**
 * What Java revisions compile against: {@link dev.retort.migration.Revision}, {@link
 * dev.retort.migration.Migration}, {@link dev.retort.migration.Operations} and the value types it
 * takes ({@link dev.retort.migration.Table}, {@link dev.retort.migration.Column}, {@link
 * dev.retort.migration.Type}, ...). No engine classes.
 */
package dev.retort.migration;
