/** Use cases, one per class, over the graph, the plan and the database. May use every other package. */
package dev.retort.command;
