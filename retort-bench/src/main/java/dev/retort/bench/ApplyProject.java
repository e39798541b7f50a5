package dev.retort.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * A linear history of {@code size} trivial revisions, revision {@code n} (1-based) running {@code
 * CREATE TABLE t_<n> (id INTEGER PRIMARY KEY)}, written three times in one folder:
 *
 * <ul>
 *   <li>{@code retort/}: {@code retort.toml} and {@code migrations/versions/<id>_create_t_<n>.sql};
 *   <li>{@code alembic/}: {@code env.py} and {@code script.py.mako} as {@code alembic init} writes
 *       them, and {@code versions/<id>_create_t_<n>.py} running the same SQL through {@code
 *       op.execute}; {@link #alembicIni} writes an {@code alembic.ini} per database;
 *   <li>{@code flyway/}: {@code V<n>__t<n>.sql}.
 * </ul>
 *
 * Retort and Alembic share the revision ids (12 hex digits from a seeded {@link Random}). A folder
 * whose {@code .generated} stamp matches is reused as it is.
 */
final class ApplyProject {
  static final int FORMAT_VERSION = 1;
  private static final long SEED = 0xA991_2026L;

  final Path dir;
  final int size;
  final List<String> ids;

  private ApplyProject(Path dir, int size, List<String> ids) {
    this.dir = dir;
    this.size = size;
    this.ids = ids;
  }

  /** The project of {@code size} revisions under {@code out/apply-<size>}, written if needed. */
  static ApplyProject of(Path out, int size) {
    Path dir = out.resolve("apply-" + size).toAbsolutePath().normalize();
    ApplyProject project = new ApplyProject(dir, size, ids(size));
    try {
      project.writeIfNeeded();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return project;
  }

  Path retortToml() {
    return dir.resolve("retort/retort.toml");
  }

  Path alembicScripts() {
    return dir.resolve("alembic");
  }

  Path flywayScripts() {
    return dir.resolve("flyway");
  }

  String head() {
    return ids.get(size - 1);
  }

  static String sql(int n) {
    return "CREATE TABLE t_" + n + " (id INTEGER PRIMARY KEY)";
  }

  /** An alembic.ini (the generic template's) naming these scripts and one database. */
  Path alembicIni(Path where, String sqlalchemyUrl) throws IOException {
    String ini = HistoryGenerator.ALEMBIC_INI
        .replace("# Synthetic benchmark project (dev.retort.bench.HistoryGenerator); as `alembic init` writes it.",
            "# dev.retort.bench.ApplyBenchmark: one database, the scripts of " + alembicScripts())
        .replace("script_location = %(here)s/alembic", "script_location = " + alembicScripts())
        .replace("sqlalchemy.url = sqlite:///bench.db", "sqlalchemy.url = " + sqlalchemyUrl.replace("%", "%%"));
    Files.createDirectories(where.getParent());
    Files.writeString(where, ini);
    return where;
  }

  private static List<String> ids(int size) {
    Random random = new Random(SEED);
    Set<String> seen = new HashSet<>();
    List<String> ids = new ArrayList<>(size);
    while (ids.size() < size) {
      String id = String.format(Locale.ROOT, "%012x", random.nextLong() & 0xFFFF_FFFF_FFFFL);
      if (seen.add(id)) {
        ids.add(id);
      }
    }
    return ids;
  }

  private void writeIfNeeded() throws IOException {
    Path stamp = dir.resolve(".generated");
    String stampText = "format=" + FORMAT_VERSION + " size=" + size + " seed=" + SEED;
    if (Files.isRegularFile(stamp) && Files.readString(stamp).equals(stampText)) {
      return;
    }
    deleteRecursively(dir);
    Path retortVersions = dir.resolve("retort/migrations/versions");
    Path alembicVersions = alembicScripts().resolve("versions");
    Files.createDirectories(retortVersions);
    Files.createDirectories(alembicVersions);
    Files.createDirectories(flywayScripts());
    Files.writeString(retortToml(), """
        # dev.retort.bench.ApplyBenchmark: %d revisions, one CREATE TABLE each. The harness passes the URL.
        script_location = "migrations"
        url = "sqlite:unused.db"
        """.formatted(size));
    Files.writeString(alembicScripts().resolve("env.py"), HistoryGenerator.ENV_PY);
    Files.writeString(alembicScripts().resolve("script.py.mako"), HistoryGenerator.SCRIPT_PY_MAKO);
    for (int n = 1; n <= size; n++) {
      String id = ids.get(n - 1);
      String parent = n == 1 ? "" : ids.get(n - 2);
      String date = "2026-01-05T09:00:00Z";
      write(retortVersions.resolve(id + "_create_t_" + n + ".sql"), """
          -- Revision: %s
          -- Revises: %s
          -- Message: create t_%d
          -- Create-Date: %s

          -- +upgrade
          %s;

          -- +downgrade
          DROP TABLE t_%d;
          """.formatted(id, parent, n, date, sql(n), n));
      write(alembicVersions.resolve(id + "_create_t_" + n + ".py"), """
          \"""create t_%d

          Revision ID: %s
          Revises: %s
          Create Date: 2026-01-05 09:00:00.000000

          \"""
          from typing import Sequence, Union

          from alembic import op
          import sqlalchemy as sa


          # revision identifiers, used by Alembic.
          revision: str = '%s'
          down_revision: Union[str, Sequence[str], None] = %s
          branch_labels: Union[str, Sequence[str], None] = None
          depends_on: Union[str, Sequence[str], None] = None


          def upgrade() -> None:
              \"""Upgrade schema.\"""
              op.execute("%s")


          def downgrade() -> None:
              \"""Downgrade schema.\"""
              op.execute("DROP TABLE t_%d")
          """.formatted(n, id, parent, id, n == 1 ? "None" : "'" + parent + "'", sql(n), n));
      write(flywayScripts().resolve("V" + n + "__t" + n + ".sql"), sql(n) + ";\n");
    }
    Files.writeString(stamp, stampText);
  }

  static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (var walk = Files.walk(dir)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  private static void write(Path file, String text) throws IOException {
    Files.write(file, text.getBytes(StandardCharsets.UTF_8));
  }
}
