package dev.retort.lint.rules;

import dev.retort.lint.Rule;
import java.util.List;

/** The rules about the revision graph and revision content (codes RT1xx). */
public final class GraphRules {
  private GraphRules() {}

  /** A new instance of every graph and content rule, by code, reading bodies through {@code scripts}. */
  static List<Rule> all(UpgradeScripts scripts) {
    return List.of(
        new SeveralHeads(),
        new MissingReference(),
        new DuplicateId(),
        new Cycle(),
        new BadMerge(),
        new IllegalId(),
        new FileNameMismatch(),
        new UnlabelledBases(),
        new LongId(),
        new MalformedHeader(),
        new NoDowngrade(scripts.bodies(), scripts.python()),
        new EmptyUpgrade(scripts.bodies(), scripts.python()),
        new ConcurrentlyInTransaction(scripts),
        new DuplicateLabel(),
        new MultiLineMessage(),
        new SquashUnknownReplaced(),
        new SquashOverlap(),
        new SquashNotChain(),
        new StaleReplaces(),
        new IncompleteRevision(scripts.bodies()));
  }
}
