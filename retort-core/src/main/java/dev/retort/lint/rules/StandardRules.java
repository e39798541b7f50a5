package dev.retort.lint.rules;

import dev.retort.lint.Rule;
import java.util.ArrayList;
import java.util.List;

/** Every rule Retort ships, sharing one read of the revision bodies per lint run. */
public final class StandardRules {
  private StandardRules() {}

  /** New instances of the graph, content, SQL and database rules. */
  public static List<Rule> all() {
    UpgradeScripts scripts = new UpgradeScripts();
    List<Rule> rules = new ArrayList<>(GraphRules.all(scripts));
    rules.addAll(SqlRules.all(scripts));
    rules.addAll(DatabaseRules.all(scripts));
    return List.copyOf(rules);
  }
}
