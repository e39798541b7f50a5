/**
 * Planning: {@link dev.retort.plan.Planner} turns a command, a target and the version rows into
 * a {@link dev.retort.plan.Plan} of {@link dev.retort.plan.Step}s; {@link dev.retort.plan.HeadSet}
 * keeps the version-table invariant. Pure; may use {@code graph} and {@code error}.
 */
package dev.retort.plan;
