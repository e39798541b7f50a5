package dev.retort.lint.rules;

import dev.retort.lint.Rule;
import java.util.List;

/** The rules about the revision graph and revision content (codes RT1xx). */
public final class GraphRules {
  private GraphRules() {}

  public static List<Rule> all() {
    return List.of();
  }
}
