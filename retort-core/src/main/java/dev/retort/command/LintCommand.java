package dev.retort.command;

import dev.retort.config.RetortConfig;
import dev.retort.dialect.DialectRegistry;
import dev.retort.error.RetortException;
import dev.retort.graph.GraphBuilder;
import dev.retort.graph.Revision;
import dev.retort.graph.RevisionGraph;
import dev.retort.graph.RevisionId;
import dev.retort.graph.RevisionKind;
import dev.retort.lint.Finding;
import dev.retort.lint.FindingKeys;
import dev.retort.lint.IgnoreComment;
import dev.retort.lint.LintContext;
import dev.retort.lint.LintDatabase;
import dev.retort.lint.LintTarget;
import dev.retort.lint.Linter;
import dev.retort.script.ScriptDirectory;
import dev.retort.script.ScriptHeader;
import dev.retort.script.ScriptText;
import dev.retort.script.SqlScript;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code retort lint}: loads the script directory leniently (every file's header, every graph
 * problem, where the loader stops at the first), runs the rules, then applies the configured
 * levels, the files' ignore comments and the {@code --since} file filter.
 */
public final class LintCommand {
  private final Linter linter;
  private final DialectRegistry dialects;

  /** Lints with {@code linter}, placing the project's URL among the dialects on the class path. */
  public LintCommand(Linter linter) {
    this(linter, DialectRegistry.loadInstalled());
  }

  /**
   * @param linter the rules
   * @param dialects where the project's URL finds its dialect, whose capabilities the SQL rules read
   */
  public LintCommand(Linter linter, DialectRegistry dialects) {
    this.linter = linter;
    this.dialects = dialects;
  }

  /** Lints with every rule Retort ships. */
  public static List<Finding> run(RetortConfig config, Optional<LintDatabase> database, Set<Path> onlyFiles) {
    return new LintCommand(Linter.standard()).lint(config, database, onlyFiles);
  }

  /**
   * @param config the project
   * @param database the live database for the database rules, if {@code --url} was given
   * @param onlyFiles when not empty, only findings on these files (and project-wide ones)
   */
  public List<Finding> lint(RetortConfig config, Optional<LintDatabase> database, Set<Path> onlyFiles) {
    return check(config, database, onlyFiles).findings();
  }

  /**
   * The findings of a run and how to key them for a baseline.
   *
   * @param findings the findings after levels, ignore comments and {@code onlyFiles}
   * @param keys the keys of the findings (the run's headers)
   */
  public record Result(List<Finding> findings, FindingKeys keys) {
    public Result {
      findings = List.copyOf(findings);
    }
  }

  /** Like {@link #lint}, with the keys a baseline needs. */
  public Result check(RetortConfig config, Optional<LintDatabase> database, Set<Path> onlyFiles) {
    ScriptDirectory.Lenient read = ProjectScripts.of(config).headersLeniently();
    List<RetortException> problems = new ArrayList<>(read.problems());
    problems.addAll(ScriptDirectory.referenceProblems(read.headers()));
    List<Revision> revisions = new ArrayList<>();
    dev.retort.script.SqlSyntax syntax = LintTarget.syntax(config, dialects);
    for (ScriptHeader header : read.headers()) {
      try {
        // a message that is not one line is reported once (RT115); the revision stays in the graph
        header.messageProblem().ifPresent(problems::add);
        revisions.add(withValidReferences(header).withOneLineMessage().toRevision());
      } catch (RetortException e) {
        problems.add(e);
      }
      if (header.kind() == RevisionKind.SQL) {
        bodyProblem(header, syntax).ifPresent(problems::add);
      }
    }
    GraphBuilder builder = RevisionGraph.builder().addAll(revisions);
    List<RetortException> graphProblems = builder.problems();
    problems.addAll(graphProblems);
    Optional<RevisionGraph> graph = graphProblems.isEmpty() ? Optional.of(builder.build()) : Optional.empty();
    LintContext context = new LintContext(config, read.headers(), problems, revisions, graph, database, onlyFiles,
        LintTarget.of(config, dialects), syntax);
    List<Finding> findings = linter.run(context, ignoreComments(read.headers(), read.problems()));
    return new Result(findings, new FindingKeys(read.headers(), config.lintBaseline().getParent(), syntax));
  }

  /** The header without the references that are not ids (those are reported on their own). */
  private static ScriptHeader withValidReferences(ScriptHeader h) {
    return new ScriptHeader(h.path(), h.kind(), h.id(), h.idLine(),
        h.revises().stream().filter(RevisionId::isValid).toList(), h.revisesLine(),
        h.dependsOn().stream().filter(RevisionId::isValid).toList(), h.dependsOnLine(),
        h.branchLabels(), h.branchLabelsLine(), h.message(), h.messageLine(), h.createDate(), h.transactional(), h.checksum(),
        h.replaces().stream().filter(RevisionId::isValid).toList(), h.replacesLine());
  }

  private static Optional<RetortException> bodyProblem(ScriptHeader header, dev.retort.script.SqlSyntax syntax) {
    try {
      SqlScript.read(header.path(), syntax);
      return Optional.empty();
    } catch (RetortException e) {
      return Optional.of(e);
    }
  }

  private static List<IgnoreComment> ignoreComments(List<ScriptHeader> headers, List<RetortException> unreadable) {
    Set<Path> files = new LinkedHashSet<>();
    headers.forEach(h -> files.add(h.path()));
    unreadable.forEach(p -> p.location().ifPresent(l -> files.add(l.file())));
    List<IgnoreComment> comments = new ArrayList<>();
    for (Path file : files) {
      try {
        comments.addAll(IgnoreComment.parse(file, ScriptText.read(file)));
      } catch (RetortException e) {
        // an unreadable file (or one that is not UTF-8) is already a finding (RT110)
      }
    }
    return comments;
  }
}
