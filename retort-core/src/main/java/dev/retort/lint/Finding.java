package dev.retort.lint;

import dev.retort.error.Location;

/**
 * One problem a rule found.
 *
 * @param code the rule's code
 * @param severity the severity after configuration
 * @param location file and line (line 0: the whole file), or null for the project as a whole
 * @param message what is wrong, one line
 * @param fix what to do, ideally a command or the corrected text
 */
public record Finding(String code, Severity severity, Location location, String message, String fix) {
  /** The same finding with another severity (configuration re-levels rules). */
  public Finding withSeverity(Severity newSeverity) {
    return new Finding(code, newSeverity, location, message, fix);
  }
}
