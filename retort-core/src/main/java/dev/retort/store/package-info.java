/** The version table and history table: {@link dev.retort.store.VersionStore}. May use dialect, graph and error. */
package dev.retort.store;
