package dev.retort.api;

/**
 * A step that ran, and how long it took.
 *
 * @param step the step
 * @param millis its duration in milliseconds
 */
public record AppliedStep(PlannedStep step, long millis) {}
