package dev.retort.api;

/**
 * What a lint rule checks.
 *
 * @param code its code, e.g. {@code RT101}
 * @param name its name, e.g. {@code long-revision-id}
 * @param severity its default severity
 * @param summary one line on what it finds
 */
public record LintRule(String code, String name, LintSeverity severity, String summary) {}
