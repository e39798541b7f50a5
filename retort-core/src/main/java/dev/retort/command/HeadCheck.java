package dev.retort.command;

import dev.retort.autogen.source.SchemaSourceException;
import dev.retort.dialect.DatabaseUrl;
import dev.retort.error.ErrorCode;
import dev.retort.graph.RevisionGraph;
import dev.retort.graph.RevisionId;
import dev.retort.run.DatabaseState;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** A live database compared with what its revisions produce must be at heads: else every difference is noise. */
final class HeadCheck {
  private final RevisionGraph graph;

  HeadCheck(RevisionGraph graph) {
    this.graph = graph;
  }

  /**
   * Throws RT-M002 naming the pending revisions when the database {@code live}, standing at {@code
   * state}, is not at heads. A database without a version table passes unless {@code
   * comparedWithMigrations}.
   */
  void requireAtHeads(SourceSpec.Live live, DatabaseState state, boolean comparedWithMigrations) {
    DatabaseUrl url = DatabaseUrl.parse(live.url(), live.base());
    if (!state.versionTableExists() && !comparedWithMigrations) {
      return;
    }
    // with squashes, the rows are read as the database reads them (a row of a range's end is its squash)
    dev.retort.plan.SquashView view = dev.retort.plan.SquashView.of(graph, state.rows());
    if (view.rows().equals(new TreeSet<>(view.graph().heads()))) {
      return;
    }
    List<String> details = new ArrayList<>();
    details.add("at: " + (state.rows().isEmpty() ? "<base>" : String.join(", ", state.rows().stream().map(RevisionId::value).toList())));
    List<String> pending = new ArrayList<>();
    new StatusQuery(graph).status(state).stream().filter(e -> e.state().equals("pending"))
        .forEach(e -> pending.add(e.id().value() + " " + e.revision().message()));
    pending.forEach(p -> details.add("pending: " + p));
    Set<RevisionId> unknown = new TreeSet<>(state.rows());
    unknown.removeIf(id -> graph.contains(id) || graph.squashes().replacing(id).isPresent());
    unknown.forEach(id -> details.add("unknown to the scripts: " + id.value()));
    throw new SchemaSourceException(ErrorCode.M002, null,
        "database " + url.redacted() + " is not at head: " + pending.size()
            + (pending.size() == 1 ? " revision pending" : " revisions pending"),
        details,
        "run retort upgrade heads --url " + url.redacted() + " first, or compare without --url (the migrations are then"
            + " replayed on a scratch database)");
  }
}
