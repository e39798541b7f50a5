package dev.retort.api;

import dev.retort.command.IdRewriteReport;

/** Converts the engine's id rewrite report into the API's values. */
final class IdRewriteValues {
  private IdRewriteValues() {}

  static IdRewriteResult of(IdRewriteReport report) {
    return new IdRewriteResult(
        report.renames().stream().map(r -> new RenamedId(r.oldId(), r.newId())).toList(),
        report.files().stream().map(f -> new RenamedFile(f.from(), f.to(), f.oldId(), f.newId(),
            f.lines().stream().map(l -> new ChangedLine(l.line(), l.before(), l.after())).toList())).toList(),
        report.statements(),
        report.mentions().stream().map(m -> new OldIdMention(m.file(), m.line(), m.text())).toList(),
        report.mappingFile(),
        report.dryRun());
  }

  static dev.retort.command.IdSelection selection(RevisionSelection selection) {
    return new dev.retort.command.IdSelection(selection.longerThan(), selection.all(), selection.pattern());
  }
}
