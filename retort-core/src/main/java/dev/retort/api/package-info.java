/** The {@link dev.retort.api.Retort} facade that the CLI and embedders call. */
package dev.retort.api;
