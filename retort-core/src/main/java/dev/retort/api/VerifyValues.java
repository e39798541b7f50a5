package dev.retort.api;

import dev.retort.command.VerifyOptions;
import dev.retort.graph.RevisionGraph;
import dev.retort.verify.CheckResult;
import dev.retort.verify.RevisionReport;
import dev.retort.verify.VerifyReport;

/** Converts {@code verify}'s request into engine options and its report into API values. */
final class VerifyValues {
  private VerifyValues() {}

  static VerifyOptions options(VerifyRequest request) {
    return new VerifyOptions(request.allHeads(), request.url(), request.allowData(), request.minRevision(),
        request.skip(), request.seeds());
  }

  static VerifyResult result(RevisionGraph graph, VerifyReport report) {
    return new VerifyResult(report.database(),
        report.revisions().stream().map(r -> revision(graph, r)).toList(),
        report.checks().stream().map(VerifyValues::check).toList());
  }

  private static VerifiedRevision revision(RevisionGraph graph, RevisionReport report) {
    return new VerifiedRevision(Values.revision(graph, graph.get(report.revision())),
        VerifyOutcome.valueOf(report.outcome().name()), report.checks().stream().map(VerifyValues::check).toList());
  }

  private static VerifyCheck check(CheckResult check) {
    return new VerifyCheck(check.name(), VerifyOutcome.valueOf(check.outcome().name()), check.message(),
        check.details());
  }
}
