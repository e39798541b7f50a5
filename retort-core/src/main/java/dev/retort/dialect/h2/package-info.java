/**
 * H2 2.x: the dialect, its operations compiler, its reflector over H2's {@code INFORMATION_SCHEMA},
 * and the lease lock it takes (H2 has no session-scoped advisory lock). May use dialect, ops,
 * schema and error.
 */
package dev.retort.dialect.h2;
