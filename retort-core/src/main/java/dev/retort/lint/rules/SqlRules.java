package dev.retort.lint.rules;

import dev.retort.lint.Rule;
import java.util.List;

/** The SQL safety rules (codes RT2xx). */
public final class SqlRules {
  private SqlRules() {}

  public static List<Rule> all() {
    return List.of();
  }
}
