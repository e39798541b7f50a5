/**
 * Errors a user can act on: {@link dev.retort.error.RetortException}, its stable {@link
 * dev.retort.error.ErrorCode}s and {@link dev.retort.error.Location}. Depends on nothing else in
 * Retort.
 */
package dev.retort.error;
