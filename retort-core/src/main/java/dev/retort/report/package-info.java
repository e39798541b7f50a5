/**
 * Report files, apart from what they hold: writing a file atomically, escaping text for HTML, and
 * the errors of fleet report files (RT-F101 to RT-F103). It depends on {@code dev.retort.error}
 * only; the report formats themselves live beside the public {@code dev.retort.api.FleetReports}
 * (package-private classes of {@code dev.retort.api}), because no engine package may use the API's
 * types (the package cycle rule of ArchitectureTest).
 */
package dev.retort.report;
