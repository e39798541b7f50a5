package dev.retort.cli.commands;

import dev.retort.cli.RetortCli;
import dev.retort.api.RevisionState;
import dev.retort.api.RepeatableStatus;
import dev.retort.api.RevisionStatus;
import dev.retort.cli.output.RevisionJson;
import dev.retort.cli.output.ShownPath;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code retort status}: each revision applied, pending, edited, missing or unresolved. */
@Command(name = "status",
    description = "Show each revision's state in the database: applied, pending, edited, missing or unresolved.")
public final class StatusCli implements Callable<Integer> {
  @Mixin HelpOption helpOption;

  @ParentCommand RetortCli root;
  @Spec CommandSpec spec;

  @Option(names = "--json", description = "Print a JSON array of revision objects with a state field.")
  boolean json;

  @Option(names = "--check", description = "Exit 1 when a revision is edited (its file changed since it was applied),"
      + " missing (applied, but no script has it) or unresolved (it ran outside a transaction and did not complete).")
  boolean check;

  @Override
  public Integer call() {
    List<RevisionStatus> entries = root.retort().status();
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      RevisionJson writer = new RevisionJson();
      writer.write(out, entries.stream().map(e -> toMap(writer, e)).toList());
    } else {
      StringBuilder text = new StringBuilder();
      for (RevisionStatus e : entries) {
        text.append(String.format("%-8s %s  %s%n", state(e), e.id(),
            e.revision().map(r -> r.message()).orElse("(no script has it: was the file deleted?)")));
      }
      for (RepeatableStatus r : root.retort().repeatables()) {
        text.append(String.format("%-8s %s  %s%n", r.state().name().toLowerCase(java.util.Locale.ROOT),
            "repeatable:" + r.name(), r.message()));
      }
      out.print(text);
    }
    out.flush();
    warnUnknownRows(entries);
    warnUnresolved(spec.commandLine().getErr(), root.retort().unresolvedError());
    return check ? checkResult(entries) : 0;
  }

  /**
   * Version rows no script has: the same message (RT-V001) as {@code current} and {@code upgrade},
   * as a warning, since status still lists what it can.
   */
  private void warnUnknownRows(List<RevisionStatus> entries) {
    RevisionStatus.missingRevisionsError(entries).ifPresent(error -> {
      String rendered = error.render();
      PrintWriter err = spec.commandLine().getErr();
      err.println("warning" + rendered.substring(rendered.indexOf('[')));
      err.flush();
    });
  }

  /**
   * A revision that ran outside a transaction and did not complete: the error (RT-V040) the next
   * upgrade would give, as a warning ({@code current} shows it too).
   */
  static void warnUnresolved(PrintWriter err, java.util.Optional<dev.retort.error.RetortException> error) {
    error.ifPresent(e -> {
      String rendered = e.render();
      err.println("warning" + rendered.substring(rendered.indexOf('[')));
      err.flush();
    });
  }

  /** For {@code --check}: 1 and a summary on stderr when anything is edited, missing or unresolved. */
  private int checkResult(List<RevisionStatus> entries) {
    List<RevisionStatus> bad = entries.stream()
        .filter(e -> e.state() == RevisionState.EDITED || e.state() == RevisionState.MISSING
            || e.state() == RevisionState.UNRESOLVED).toList();
    if (bad.isEmpty()) {
      return 0;
    }
    PrintWriter err = spec.commandLine().getErr();
    err.printf("error: %d edited, %d missing and %d unresolved revision(s) in the database%n",
        count(bad, RevisionState.EDITED), count(bad, RevisionState.MISSING), count(bad, RevisionState.UNRESOLVED));
    for (RevisionStatus e : bad) {
      err.printf("  %-10s %s  %s%n", state(e), e.id(), problem(e));
    }
    if (count(bad, RevisionState.EDITED) + count(bad, RevisionState.MISSING) > 0) {
      err.println("fix: revert edited files (git checkout -- <file>) and restore deleted ones; put new changes in a"
          + " new revision (retort revision -m \"...\"); if an edit is deliberate and the database already matches it,"
          + " retort accept <id>; details: retort lint --url <url>");
    }
    if (count(bad, RevisionState.UNRESOLVED) > 0) {
      err.println("fix: make the schema match the revision fully applied or not at all, then record which with"
          + " retort resolve <id> --applied or --rolled-back (see the warning above for the statements that ran)");
    }
    err.flush();
    return 1;
  }

  private static long count(List<RevisionStatus> entries, RevisionState state) {
    return entries.stream().filter(e -> e.state() == state).count();
  }

  private static String problem(RevisionStatus entry) {
    if (entry.state() == RevisionState.UNRESOLVED) {
      return "ran outside a transaction and did not complete";
    }
    return entry.revision().map(r -> "changed since it was applied: " + ShownPath.of(r))
        .orElse("applied, but no script has it");
  }

  /** The state as the text and JSON show it: {@code applied}, {@code pending}, {@code edited}, {@code missing} or {@code unresolved}. */
  private static String state(RevisionStatus entry) {
    return entry.state().name().toLowerCase(Locale.ROOT);
  }

  private static Map<String, Object> toMap(RevisionJson writer, RevisionStatus entry) {
    Map<String, Object> map;
    if (entry.revision().isEmpty()) {
      map = new LinkedHashMap<>();
      map.put("id", entry.id());
      map.put("parents", List.of());
      map.put("message", "");
      map.put("path", null);
    } else {
      map = writer.toMap(entry.revision().get());
    }
    map.put("state", state(entry));
    map.put("appliedChecksum", entry.appliedChecksum());
    return map;
  }
}
