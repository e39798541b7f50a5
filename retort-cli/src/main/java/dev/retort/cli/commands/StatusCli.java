package dev.retort.cli.commands;

import dev.retort.cli.RetortCli;
import dev.retort.cli.output.RevisionJson;
import dev.retort.command.StatusEntry;
import dev.retort.graph.RevisionGraph;
import dev.retort.plan.PlanException;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code retort status}: each revision applied, pending, edited or missing. */
@Command(name = "status",
    description = "Show each revision's state in the database: applied, pending, edited or missing.")
public final class StatusCli implements Callable<Integer> {
  @Mixin HelpOption helpOption;

  @ParentCommand RetortCli root;
  @Spec CommandSpec spec;

  @Option(names = "--json", description = "Print a JSON array of revision objects with a state field.")
  boolean json;

  @Option(names = "--check", description = "Exit 1 when a revision is edited (its file changed since it was applied)"
      + " or missing (applied, but no script has it).")
  boolean check;

  @Override
  public Integer call() {
    List<StatusEntry> entries = root.retort().status();
    RevisionGraph graph = root.retort().graph();
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      RevisionJson writer = new RevisionJson(graph);
      writer.write(out, entries.stream().map(e -> toMap(writer, e)).toList());
    } else {
      StringBuilder text = new StringBuilder();
      for (StatusEntry e : entries) {
        text.append(String.format("%-8s %s  %s%n", e.state(), e.id(),
            e.revision() == null ? "(no script has it: was the file deleted?)" : e.revision().message()));
      }
      out.print(text);
    }
    out.flush();
    warnUnknownRows(entries);
    return check ? checkResult(entries) : 0;
  }

  /**
   * Version rows no script has: the same message (RT-V001) as {@code current} and {@code upgrade},
   * as a warning, since status still lists what it can.
   */
  private void warnUnknownRows(List<StatusEntry> entries) {
    List<String> unknown = entries.stream().filter(e -> e.revision() == null).map(e -> e.id().value()).toList();
    if (unknown.isEmpty()) {
      return;
    }
    String rendered = PlanException.missingScripts(unknown).render();
    PrintWriter err = spec.commandLine().getErr();
    err.println("warning" + rendered.substring(rendered.indexOf('[')));
    err.flush();
  }

  /** For {@code --check}: 1 and a summary on stderr when anything is edited or missing. */
  private int checkResult(List<StatusEntry> entries) {
    List<StatusEntry> bad = entries.stream().filter(e -> e.state().equals("edited") || e.state().equals("missing"))
        .toList();
    if (bad.isEmpty()) {
      return 0;
    }
    PrintWriter err = spec.commandLine().getErr();
    long edited = bad.stream().filter(e -> e.state().equals("edited")).count();
    err.printf("error: %d edited and %d missing revision(s) in the database%n", edited, bad.size() - edited);
    for (StatusEntry e : bad) {
      err.printf("  %-7s %s  %s%n", e.state(), e.id(), e.revision() == null ? "applied, but no script has it"
          : "changed since it was applied: " + dev.retort.error.Paths.display(e.revision().origin().path()));
    }
    err.println("fix: revert edited files (git checkout -- <file>) and restore deleted ones; put new changes in a"
        + " new revision (retort revision -m \"...\"); details: retort lint --url <url>");
    err.flush();
    return 1;
  }

  private static Map<String, Object> toMap(RevisionJson writer, StatusEntry entry) {
    Map<String, Object> map;
    if (entry.revision() == null) {
      map = new LinkedHashMap<>();
      map.put("id", entry.id().value());
      map.put("parents", List.of());
      map.put("message", "");
      map.put("path", null);
    } else {
      map = writer.toMap(entry.revision());
    }
    map.put("state", entry.state());
    map.put("appliedChecksum", entry.appliedChecksum());
    return map;
  }
}
