package dev.retort.api;

import java.nio.file.Path;
import java.util.Optional;

/**
 * One problem a lint rule found.
 *
 * @param code the rule's code, e.g. {@code RT101}
 * @param severity the severity after the project's {@code [lint]} levels
 * @param file the file it concerns; empty for the project as a whole
 * @param line the line in that file (1-based), or 0 for the whole file
 * @param message what is wrong, one line
 * @param fix what to do, ideally a command or the corrected text
 */
public record LintFinding(String code, LintSeverity severity, Optional<Path> file, int line, String message,
    String fix) {}
