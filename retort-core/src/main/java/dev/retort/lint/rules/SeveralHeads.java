package dev.retort.lint.rules;

import dev.retort.error.ErrorCode;
import dev.retort.graph.Revision;
import dev.retort.graph.RevisionId;
import dev.retort.lint.Finding;
import dev.retort.lint.LintContext;
import dev.retort.lint.Rule;
import dev.retort.lint.RuleInfo;
import dev.retort.lint.Severity;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code RT101}: more than one revision that nothing revises. {@code retort upgrade head} needs
 * one head, so it would fail. Computed from the revisions alone, so it is reported even when the
 * graph has other problems, unless a {@code Revises:} value dangles (RT102): then the heads are
 * an artefact of that mistake.
 */
public final class SeveralHeads implements Rule {
  public static final RuleInfo INFO = new RuleInfo(
      "RT101", "several-heads", Severity.ERROR, "the graph has several heads, so 'retort upgrade head' would fail");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public List<Finding> check(LintContext context) {
    if (context.loadProblems().stream().anyMatch(p -> p.code() == ErrorCode.S004)) {
      return List.of(); // a dangling Revises: makes extra heads; RT102 reports the cause
    }
    Set<RevisionId> parents = new HashSet<>();
    Set<RevisionId> seen = new HashSet<>();
    context.revisions().forEach(r -> parents.addAll(r.parents()));
    // a squash whose replaced revisions are there stands beside its chain: it is not a second head, and a
    // revision written on it continues the chain's end as well
    Set<RevisionId> ids = context.revisions().stream().map(Revision::id).collect(Collectors.toSet());
    Set<RevisionId> squashes = new HashSet<>();
    for (Revision r : context.revisions()) {
      if (r.isSquash() && ids.containsAll(r.replaces())) {
        squashes.add(r.id());
        if (parents.contains(r.id())) {
          parents.addAll(r.replaces());
        }
      }
    }
    List<Revision> heads = context.revisions().stream()
        .filter(r -> !parents.contains(r.id()) && !squashes.contains(r.id()) && seen.add(r.id()))
        .sorted(Comparator.comparing(Revision::id))
        .toList();
    if (heads.size() < 2) {
      return List.of();
    }
    // an Alembic project keeps Alembic's revisions: alembic merge writes the merge as one of them
    String tool = heads.stream().allMatch(h -> h.kind() == dev.retort.graph.RevisionKind.PYTHON) ? "alembic" : "retort";
    String listed = heads.stream()
        .map(h -> h.id() + " (" + h.origin().path().getFileName() + ")")
        .collect(Collectors.joining(", "));
    return List.of(new Finding(
        INFO.code(),
        INFO.severity(),
        heads.get(heads.size() - 1).origin().revisionLocation(),
        heads.size() + " heads: " + listed + "; '" + tool + " upgrade head' would fail",
        tool + " merge heads -m \"merge heads\""));
  }
}
