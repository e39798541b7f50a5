package dev.retort.lint.rules;

import dev.retort.graph.Revision;
import dev.retort.lint.Finding;
import dev.retort.lint.LintContext;
import dev.retort.lint.Rule;
import dev.retort.lint.RuleInfo;
import dev.retort.lint.Severity;
import dev.retort.script.Slug;
import java.util.List;

/**
 * {@code RT108}: several bases (revisions that revise nothing), and one of them has no branch
 * label, so its branch cannot be named in targets such as {@code label@head}.
 */
public final class UnlabelledBases implements Rule {
  public static final RuleInfo INFO = new RuleInfo(
      "RT108", "unlabelled-bases", Severity.WARNING, "several bases, and a base has no branch label");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public List<Finding> check(LintContext context) {
    // a squash of a range that starts at a base is a base beside it, not a second one
    java.util.Set<dev.retort.graph.RevisionId> ids =
        context.revisions().stream().map(Revision::id).collect(java.util.stream.Collectors.toSet());
    List<Revision> bases = context.revisions().stream()
        .filter(r -> r.isBase() && !(r.isSquash() && ids.containsAll(r.replaces()))).toList();
    if (bases.size() < 2) {
      return List.of();
    }
    return bases.stream().filter(b -> b.branchLabels().isEmpty()).map(b -> finding(b, bases.size())).toList();
  }

  private static Finding finding(Revision base, int count) {
    String label = Slug.of(base.message()).isEmpty() ? "branch_" + base.id() : Slug.of(base.message());
    return new Finding(
        INFO.code(),
        INFO.severity(),
        base.origin().revisionLocation(),
        "base revision " + base.id() + " is one of " + count + " bases and has no branch label",
        (base.kind() == dev.retort.graph.RevisionKind.PYTHON
            ? "set " + dev.retort.graph.HeaderSpelling.line(base.kind(), "Branch-Labels", List.of(label))
            : "add a header line '-- Branch-Labels: " + label + "'")
            + " so its branch can be targeted as " + label + "@head");
  }
}
