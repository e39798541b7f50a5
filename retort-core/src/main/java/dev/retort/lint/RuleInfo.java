package dev.retort.lint;

/**
 * What a rule is, for listings, docs and reports.
 *
 * @param code the stable code, e.g. {@code RT101}
 * @param name a short kebab-case name, e.g. {@code drop-without-if-exists}
 * @param severity the default severity
 * @param summary one line: what it catches
 */
public record RuleInfo(String code, String name, Severity severity, String summary) {}
