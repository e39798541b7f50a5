/**
 * {@code retort verify}: the revisions walked up and down on a throwaway database (the "stairway"),
 * each step checked by reflection, with seeds and the checks' outcomes. May use graph, plan, run,
 * store, dialect, schema, script, autogen and error; never command or api.
 */
package dev.retort.verify;
