package dev.retort.cli.output;

import dev.retort.api.VerifiedRevision;
import dev.retort.api.VerifyCheck;
import dev.retort.api.VerifyOutcome;
import dev.retort.api.VerifyResult;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;

/**
 * {@code retort verify} as text: a header, one line per revision ({@code ok}, {@code FAIL},
 * {@code --} when not reached) with the failed check's message and detail lines under a failure,
 * one line per project check, then the verdict.
 */
public final class VerifyText {
  private final boolean quiet;

  /** With {@code quiet}, passed revisions are not listed. */
  public VerifyText(boolean quiet) {
    this.quiet = quiet;
  }

  public void print(PrintWriter out, VerifyResult result) {
    int count = result.revisions().size();
    if (!quiet) {
      out.println("verify on " + result.database() + ": " + count + (count == 1 ? " revision" : " revisions"));
    }
    int width = result.revisions().stream().mapToInt(r -> r.revision().id().length()).max().orElse(0);
    for (VerifiedRevision r : result.revisions()) {
      if (quiet && r.outcome() != VerifyOutcome.FAILED) {
        continue;
      }
      StringBuilder line = new StringBuilder(mark(r.outcome())).append(pad(r.revision().id(), width)).append("  ")
          .append(r.revision().message());
      Optional<VerifyCheck> failure = r.failure();
      note(r).ifPresent(n -> line.append("  (").append(n).append(')'));
      out.println(line.toString().stripTrailing());
      failure.ifPresent(f -> detail(out, f));
    }
    for (VerifyCheck check : result.checks()) {
      if (quiet && check.outcome() != VerifyOutcome.FAILED) {
        continue;
      }
      out.println(mark(check.outcome()) + check.name() + (check.message().isEmpty() ? "" : ": " + check.message()));
      if (check.outcome() == VerifyOutcome.FAILED) {
        check.details().forEach(d -> out.println("        " + d));
      }
    }
    out.println(verdict(result));
    out.flush();
  }

  private static String verdict(VerifyResult result) {
    if (result.passed()) {
      return "verify passed";
    }
    List<String> failed = result.revisions().stream().filter(r -> r.outcome() == VerifyOutcome.FAILED)
        .map(r -> r.revision().id()).toList();
    List<String> checks = result.checks().stream().filter(c -> c.outcome() == VerifyOutcome.FAILED)
        .map(VerifyCheck::name).toList();
    StringBuilder text = new StringBuilder("verify failed:");
    if (!failed.isEmpty()) {
      text.append(" revision ").append(String.join(", ", failed));
    }
    if (!checks.isEmpty()) {
      text.append(failed.isEmpty() ? " " : "; ").append(String.join(", ", checks));
    }
    return text.toString();
  }

  /** What the line of a revision that did not simply pass adds: a skipped stairway, not reached. */
  private static Optional<String> note(VerifiedRevision r) {
    if (r.outcome() == VerifyOutcome.NOT_RUN) {
      return Optional.of("not run");
    }
    return r.checks().stream().filter(c -> c.outcome() == VerifyOutcome.SKIPPED).findFirst()
        .map(c -> c.name() + " " + c.message());
  }

  private static void detail(PrintWriter out, VerifyCheck failed) {
    out.println("        " + failed.name() + ": " + failed.message());
    failed.details().forEach(d -> out.println("          " + d.replace("\n", "\n          ")));
  }

  private static String mark(VerifyOutcome outcome) {
    return switch (outcome) {
      case PASSED -> "ok    ";
      case FAILED -> "FAIL  ";
      case SKIPPED -> "skip  ";
      case NOT_RUN -> "--    ";
    };
  }

  private static String pad(String text, int width) {
    return text + " ".repeat(Math.max(0, width - text.length()));
  }
}
