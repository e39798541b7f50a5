package dev.retort.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Writes an Alembic project as {@code alembic init} and {@code alembic revision} (Alembic 1.20's
 * {@code script.py.mako}) write it: {@code alembic.ini} with {@code script_location = %(here)s/alembic}
 * and a {@code sqlalchemy.url}, and revisions with the annotated header at fixed lines.
 */
final class AlembicFiles {
  /** The line of {@code revision: str = '...'}. */
  static final int REVISION_LINE = 15;
  /** The line of {@code down_revision: ... = ...}. */
  static final int DOWN_REVISION_LINE = 16;
  /** The first line of {@code def upgrade()}'s body, after its docstring. */
  static final int BODY_LINE = 23;

  private final Path project;

  private AlembicFiles(Path project) {
    this.project = project;
  }

  /** A new project in {@code project} whose database is {@code url}. */
  static AlembicFiles init(Path project, String url) throws IOException {
    Files.createDirectories(project.resolve("alembic/versions"));
    AlembicFiles files = new AlembicFiles(project);
    files.url(url);
    return files;
  }

  /** Sets {@code sqlalchemy.url}. */
  void url(String url) throws IOException {
    Files.writeString(project.resolve("alembic.ini"), String.join("\n",
        "# A generic, single database configuration.",
        "",
        "[alembic]",
        "script_location = %(here)s/alembic",
        "prepend_sys_path = .",
        "path_separator = os",
        "sqlalchemy.url = " + url,
        ""));
  }

  /** A revision with one parent ({@code null} for a base); the body lines are indented into {@code upgrade()}. */
  Path revision(String id, String parent, String message, String body) throws IOException {
    return revision(id, parent == null ? List.of() : List.of(parent), message, body);
  }

  /** A revision with these parents (two or more for a merge). */
  Path revision(String id, List<String> parents, String message, String body) throws IOException {
    String down = parents.isEmpty() ? "None"
        : parents.size() == 1 ? "'" + parents.get(0) + "'"
        : parents.stream().map(p -> "'" + p + "'").collect(Collectors.joining(", ", "(", ")"));
    String indented = body.lines().map(l -> l.isEmpty() ? l : "    " + l).collect(Collectors.joining("\n"));
    String text = String.join("\n",
        "\"\"\"" + message,
        "",
        "Revision ID: " + id,
        "Revises: " + String.join(", ", parents),
        "Create Date: 2026-12-07 07:02:08.361872",
        "",
        "\"\"\"",
        "from typing import Sequence, Union",
        "",
        "from alembic import op",
        "import sqlalchemy as sa",
        "",
        "",
        "# revision identifiers, used by Alembic.",
        "revision: str = '" + id + "'",
        "down_revision: Union[str, Sequence[str], None] = " + down,
        "branch_labels: Union[str, Sequence[str], None] = None",
        "depends_on: Union[str, Sequence[str], None] = None",
        "",
        "",
        "def upgrade() -> None:",
        "    \"\"\"Upgrade schema.\"\"\"",
        indented,
        "",
        "",
        "def downgrade() -> None:",
        "    \"\"\"Downgrade schema.\"\"\"",
        "    pass",
        "");
    String slug = message.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
    Path file = project.resolve("alembic/versions/" + id + "_" + slug + ".py");
    Files.writeString(file, text);
    return file;
  }
}
