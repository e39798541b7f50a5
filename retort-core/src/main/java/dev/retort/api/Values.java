package dev.retort.api;

import dev.retort.command.Comparison;
import dev.retort.command.Difference;
import dev.retort.command.MigrateCommand;
import dev.retort.command.RevisionRequest;
import dev.retort.command.SourceSpec;
import dev.retort.command.StatusEntry;
import dev.retort.graph.Revision;
import dev.retort.graph.RevisionGraph;
import dev.retort.graph.RevisionId;
import dev.retort.graph.RevisionKind;
import dev.retort.lint.Finding;
import dev.retort.lint.RuleInfo;
import dev.retort.lint.Severity;
import dev.retort.plan.Plan;
import dev.retort.plan.Step;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Turns engine types into the API's plain values and back; the only place that knows both. */
final class Values {
  private Values() {}

  static RevisionInfo revision(RevisionGraph graph, Revision revision) {
    RevisionId id = revision.id();
    Path path = revision.origin().path();
    boolean head = graph.isHead(id);
    return new RevisionInfo(
        id.value(),
        ids(revision.parents()),
        revision.dependsOn(),
        List.copyOf(revision.branchLabels()),
        List.copyOf(graph.labelsOf(id)),
        revision.message(),
        revision.createDate(),
        revision.kind() == RevisionKind.JAVA,
        revision.transactional(),
        revision.checksum(),
        path.toString(),
        onDisk(path) ? Optional.of(path) : Optional.empty(),
        head,
        head && !graph.dependents(id).isEmpty(),
        graph.isBranchPoint(id),
        revision.isMerge(),
        ids(graph.children(id)));
  }

  /** Whether a revision's path is a file on disk (not a class-path resource, not one built in memory). */
  private static boolean onDisk(Path path) {
    return path.getFileSystem() == java.nio.file.FileSystems.getDefault() && (path.isAbsolute() || Files.exists(path));
  }

  static List<RevisionInfo> revisions(RevisionGraph graph, Collection<Revision> revisions) {
    return revisions.stream().map(r -> revision(graph, r)).toList();
  }

  static List<String> ids(Collection<RevisionId> ids) {
    return ids.stream().map(RevisionId::value).toList();
  }

  static MigrateCommand.Kind kind(Direction direction) {
    return switch (direction) {
      case UPGRADE -> MigrateCommand.Kind.UPGRADE;
      case DOWNGRADE -> MigrateCommand.Kind.DOWNGRADE;
      case STAMP -> MigrateCommand.Kind.STAMP;
    };
  }

  static dev.retort.graph.draw.DrawingFormat format(GraphFormat format) {
    return dev.retort.graph.draw.DrawingFormat.valueOf(format.name());
  }

  static PlannedStep step(RevisionGraph graph, Step step) {
    if (step instanceof Step.Upgrade up) {
      return new PlannedStep(Direction.UPGRADE, Optional.of(revision(graph, graph.get(up.revision()))),
          ids(up.rowsBefore()), ids(up.rowsAfter()));
    }
    if (step instanceof Step.Downgrade down) {
      return new PlannedStep(Direction.DOWNGRADE, Optional.of(revision(graph, graph.get(down.revision()))),
          ids(down.rowsBefore()), ids(down.rowsAfter()));
    }
    return new PlannedStep(Direction.STAMP, Optional.empty(), ids(step.rowsBefore()), ids(step.rowsAfter()));
  }

  static MigrationPlan plan(RevisionGraph graph, Direction direction, Plan plan) {
    return new MigrationPlan(direction, plan.target(), plan.steps().stream().map(s -> step(graph, s)).toList(),
        ids(plan.rowsBefore()), ids(plan.rowsAfter()));
  }

  static RevisionStatus status(RevisionGraph graph, StatusEntry entry) {
    return new RevisionStatus(
        entry.id().value(),
        Optional.ofNullable(entry.revision()).map(r -> revision(graph, r)),
        RevisionState.valueOf(entry.state().toUpperCase(Locale.ROOT)),
        entry.appliedChecksum());
  }

  static LintSeverity severity(Severity severity) {
    return LintSeverity.valueOf(severity.name());
  }

  static LintFinding finding(Finding finding) {
    return finding.location() == null
        ? new LintFinding(finding.code(), severity(finding.severity()), Optional.empty(), 0, finding.message(),
            finding.fix())
        : new LintFinding(finding.code(), severity(finding.severity()), Optional.of(finding.location().file()),
            finding.location().line(), finding.message(), finding.fix());
  }

  static LintRule rule(RuleInfo rule) {
    return new LintRule(rule.code(), rule.name(), severity(rule.severity()), rule.summary());
  }

  static SchemaComparison comparison(Comparison comparison) {
    return new SchemaComparison(
        comparison.dialect().name(),
        comparison.currentDescription(),
        comparison.desiredDescription(),
        comparison.scratchDescription(),
        comparison.differences().stream().map(Values::difference).toList(),
        comparison.upgrade().warnings());
  }

  private static SchemaDifference difference(Difference d) {
    return new SchemaDifference(d.kind(), d.table(), d.name(), d.description(), d.sql());
  }

  static SquashPruned pruned(dev.retort.command.PrunedSquash pruned) {
    return new SquashPruned(pruned.squash().value(), ids(pruned.replaced()), pruned.deleted(), pruned.rewritten());
  }

  static RevisionRequest request(NewRevision revision) {
    return new RevisionRequest(revision.message(), revision.java(), revision.head().orElse(null), revision.splice(),
        revision.branchLabels(), revision.dependsOn(), revision.revisionId().orElse(null),
        revision.versionPath().orElse(null));
  }

  static SourceSpec spec(SchemaSource source) {
    if (source instanceof SchemaSource.Migrations) {
      return new SourceSpec.Migrations();
    }
    if (source instanceof SchemaSource.ConfiguredSchema) {
      return new SourceSpec.ConfiguredSchema();
    }
    if (source instanceof SchemaSource.SqlFiles files) {
      return new SourceSpec.SqlFiles(files.location());
    }
    if (source instanceof SchemaSource.Entities entities) {
      return new SourceSpec.Entities(entities.packageName());
    }
    SchemaSource.Database live = (SchemaSource.Database) source;
    return new SourceSpec.Live(live.url(), live.base());
  }

  static SchemaSource source(SourceSpec spec) {
    if (spec instanceof SourceSpec.Migrations) {
      return new SchemaSource.Migrations();
    }
    if (spec instanceof SourceSpec.ConfiguredSchema) {
      return new SchemaSource.ConfiguredSchema();
    }
    if (spec instanceof SourceSpec.SqlFiles files) {
      return new SchemaSource.SqlFiles(files.location());
    }
    if (spec instanceof SourceSpec.Entities entities) {
      return new SchemaSource.Entities(entities.packageName());
    }
    SourceSpec.Live live = (SourceSpec.Live) spec;
    return new SchemaSource.Database(live.url(), live.base());
  }
}
