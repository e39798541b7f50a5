package dev.retort.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Writes a synthetic migration history to a folder, twice: as a Retort project ({@code retort.toml}
 * and {@code migrations/versions/<id>_<slug>.sql}) and as the same history in an Alembic project
 * ({@code alembic.ini}, {@code alembic/env.py}, {@code alembic/script.py.mako} and {@code
 * alembic/versions/<id>_<slug>.py}).
 *
 * <p>Shapes:
 *
 * <ul>
 *   <li>{@code linear}: one chain, each revision revises the one before.
 *   <li>{@code branchy}: blocks of 10 revisions: a trunk revision (the fork point), two branches of
 *       four revisions each starting from it, and a merge revision revising both branch tips; the
 *       next block's trunk revision revises that merge. A remainder shorter than a block is a
 *       chain. Either shape ends in a single head.
 * </ul>
 *
 * <p>Ids are 12 hex digits drawn from {@link Random} with a fixed seed, so a (shape, size, seed)
 * always gives byte-identical files. Every non-merge revision creates a table (a few typed
 * columns, sometimes a foreign key to an earlier table) and its downgrade drops it; merges have
 * comment-only bodies, as {@code retort merge} writes them.
 *
 * <p>Usage: {@code HistoryGenerator <linear|branchy> <size> <dir> [--seed N] [--no-alembic]
 * [--force]}. A finished folder carries a stamp file; generating into a folder whose stamp matches
 * is a no-op, anything else is wiped (only inside the given folder) and rewritten.
 */
public final class HistoryGenerator {
  /** Seed used unless told otherwise. */
  public static final long DEFAULT_SEED = 0x5EED_2026L;

  /** Bump when the file format written here changes, so cached folders are regenerated. */
  static final int FORMAT_VERSION = 2;

  static final String STAMP = ".generated";

  private static final int BLOCK = 10;
  private static final int BRANCH_LENGTH = 4;
  private static final Instant EPOCH = Instant.parse("2020-01-06T09:00:00Z");
  private static final DateTimeFormatter ISO =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter ALEMBIC_DATE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS").withZone(ZoneOffset.UTC);

  private static final String[] NOUNS = {
    "customer", "order", "invoice", "payment", "product", "shipment", "warehouse", "supplier",
    "account", "address", "coupon", "refund", "review", "session", "audit", "ledger", "tenant",
    "subscription", "plan", "price", "category", "tag", "note", "event", "device", "report"
  };
  private static final String[] SUFFIXES = {
    "lines", "items", "history", "events", "settings", "links", "snapshots", "archive", "limits",
    "notes", "stats", "queue"
  };
  private static final String[][] COLUMNS = {
    {"name", "TEXT NOT NULL"},
    {"email", "TEXT"},
    {"status", "TEXT NOT NULL DEFAULT 'new'"},
    {"amount_cents", "BIGINT NOT NULL DEFAULT 0"},
    {"quantity", "INTEGER NOT NULL CHECK (quantity >= 0)"},
    {"created_at", "TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP"},
    {"updated_at", "TIMESTAMP"},
    {"is_active", "BOOLEAN NOT NULL DEFAULT TRUE"},
    {"description", "VARCHAR(500)"},
    {"external_ref", "VARCHAR(64) UNIQUE"},
    {"score", "NUMERIC(10, 2)"},
    {"payload", "TEXT"}
  };

  /** History shapes. */
  public enum Shape {
    LINEAR,
    BRANCHY;

    public static Shape parse(String text) {
      return valueOf(text.trim().toUpperCase(Locale.ROOT));
    }

    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** One generated revision. */
  record Rev(
      String id, List<String> parents, String message, String slug, String upgrade, String downgrade, Instant created) {
    boolean merge() {
      return parents.size() > 1;
    }
  }

  private final Shape shape;
  private final int size;
  private final long seed;

  public HistoryGenerator(Shape shape, int size, long seed) {
    if (size < 1) {
      throw new IllegalArgumentException("size must be at least 1");
    }
    this.shape = shape;
    this.size = size;
    this.seed = seed;
  }

  public static void main(String[] args) {
    if (args.length < 3) {
      System.err.println("usage: HistoryGenerator <linear|branchy> <size> <dir> [--seed N] [--no-alembic] [--force]");
      System.exit(2);
    }
    Shape shape = Shape.parse(args[0]);
    int size = Integer.parseInt(args[1].replace("_", ""));
    Path dir = Path.of(args[2]);
    long seed = DEFAULT_SEED;
    boolean alembic = true;
    boolean force = false;
    for (int i = 3; i < args.length; i++) {
      switch (args[i]) {
        case "--seed" -> seed = Long.decode(args[++i]);
        case "--no-alembic" -> alembic = false;
        case "--force" -> force = true;
        default -> {
          System.err.println("unknown option " + args[i]);
          System.exit(2);
        }
      }
    }
    HistoryGenerator generator = new HistoryGenerator(shape, size, seed);
    long start = System.nanoTime();
    boolean wrote = generator.ensure(dir, alembic, force);
    System.out.printf(
        Locale.ROOT,
        "%s %s history of %d revisions in %s (%.1f s)%n",
        wrote ? "wrote" : "kept cached",
        shape.label(),
        size,
        dir,
        (System.nanoTime() - start) / 1e9);
  }

  /**
   * Generates into {@code dir} unless it already holds this exact history (same shape, size, seed
   * and format, with an Alembic project if one is asked for). Returns whether files were written.
   */
  public boolean ensure(Path dir, boolean alembic, boolean force) {
    Path stamp = dir.resolve(STAMP);
    try {
      if (!force && Files.isRegularFile(stamp)) {
        String have = Files.readString(stamp).trim();
        if (have.equals(stampText(true)) || (!alembic && have.equals(stampText(false)))) {
          return false;
        }
      }
      write(dir, alembic);
      return true;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Wipes {@code dir} and writes the history into it. */
  public void write(Path dir, boolean alembic) throws IOException {
    deleteRecursively(dir);
    List<Rev> revisions = revisions();
    Path versions = dir.resolve("migrations").resolve("versions");
    Files.createDirectories(versions);
    Files.writeString(
        dir.resolve("retort.toml"),
        "# Synthetic " + shape.label() + " history of " + size + " revisions (seed " + seed + "), written by "
            + "dev.retort.bench.HistoryGenerator.\n"
            + "script_location = \"migrations\"\n"
            + "url = \"sqlite:bench.db\"\n");
    for (Rev rev : revisions) {
      write(versions.resolve(rev.id() + "_" + rev.slug() + ".sql"), sql(rev));
    }
    if (alembic) {
      writeAlembicProject(dir, revisions);
    }
    Files.writeString(dir.resolve(STAMP), stampText(alembic) + "\n");
  }

  /** The revisions of this history, parents before children. */
  List<Rev> revisions() {
    Random random = new Random(seed);
    Set<String> used = new HashSet<>();
    List<Rev> out = new ArrayList<>(size);
    String tip = null;
    int full = shape == Shape.BRANCHY ? size / BLOCK : 0;
    for (int block = 0; block < full; block++) {
      String fork = add(out, random, used, parents(tip));
      String a = fork;
      for (int i = 0; i < BRANCH_LENGTH; i++) {
        a = add(out, random, used, List.of(a));
      }
      String b = fork;
      for (int i = 0; i < BRANCH_LENGTH; i++) {
        b = add(out, random, used, List.of(b));
      }
      tip = add(out, random, used, List.of(a, b));
    }
    while (out.size() < size) {
      tip = add(out, random, used, parents(tip));
    }
    return out;
  }

  private static List<String> parents(String tip) {
    return tip == null ? List.of() : List.of(tip);
  }

  private String add(List<Rev> out, Random random, Set<String> used, List<String> parents) {
    String id;
    do {
      id = String.format(Locale.ROOT, "%012x", random.nextLong() & 0xFFFF_FFFF_FFFFL);
    } while (!used.add(id));
    int n = out.size() + 1;
    // Irregular but deterministic spacing: 1 to 48 hours between revisions.
    Instant created =
        out.isEmpty() ? EPOCH : out.get(out.size() - 1).created().plus(Duration.ofMinutes(60 + random.nextInt(47 * 60)));
    Rev rev;
    if (parents.size() > 1) {
      String message = "merge " + parents.get(0) + " and " + parents.get(1);
      rev = new Rev(id, parents, message, "merge_heads", null, null, created);
    } else {
      String table =
          NOUNS[random.nextInt(NOUNS.length)] + "_" + SUFFIXES[random.nextInt(SUFFIXES.length)] + "_" + n;
      String message = "create " + table.replace('_', ' ');
      rev = new Rev(id, parents, message, "create_" + table, createTable(random, table, out), "DROP TABLE " + table + ";", created);
    }
    out.add(rev);
    return id;
  }

  private static String createTable(Random random, String table, List<Rev> earlier) {
    StringBuilder sql = new StringBuilder();
    sql.append("CREATE TABLE ").append(table).append(" (\n");
    sql.append("    id BIGINT PRIMARY KEY");
    int columns = 2 + random.nextInt(4);
    boolean[] taken = new boolean[COLUMNS.length];
    for (int i = 0; i < columns; i++) {
      int c = random.nextInt(COLUMNS.length);
      if (taken[c]) {
        continue;
      }
      taken[c] = true;
      sql.append(",\n    ").append(COLUMNS[c][0]).append(' ').append(COLUMNS[c][1]);
    }
    // Sometimes a foreign key to a table created at least a block earlier: always an ancestor, in
    // either shape, so the schema would apply in any order Retort or Alembic may choose.
    int ancestors = earlier.size() - BLOCK;
    String parentTable = ancestors <= 0 || random.nextInt(3) != 0 ? null : tableOf(earlier.get(random.nextInt(ancestors)));
    if (parentTable != null) {
      sql.append(",\n    ").append(parentTable).append("_id BIGINT REFERENCES ").append(parentTable).append(" (id)");
    }
    sql.append("\n);");
    return sql.toString();
  }

  private static String tableOf(Rev rev) {
    return rev.merge() ? null : rev.slug().substring("create_".length());
  }

  private static String sql(Rev rev) {
    StringBuilder s = new StringBuilder(512);
    s.append("-- Revision: ").append(rev.id()).append('\n');
    s.append("-- Revises: ").append(String.join(", ", rev.parents())).append('\n');
    s.append("-- Message: ").append(rev.message()).append('\n');
    s.append("-- Create-Date: ").append(ISO.format(rev.created())).append('\n');
    s.append('\n');
    s.append("-- +upgrade\n");
    s.append(rev.merge() ? "-- a merge revision: nothing to change" : rev.upgrade()).append('\n');
    s.append('\n');
    s.append("-- +downgrade\n");
    s.append(rev.merge() ? "-- nothing to undo" : rev.downgrade()).append('\n');
    return s.toString();
  }

  private static String python(Rev rev) {
    String downRevision =
        switch (rev.parents().size()) {
          case 0 -> "None";
          case 1 -> "'" + rev.parents().get(0) + "'";
          default -> "(" + String.join(", ", rev.parents().stream().map(p -> "'" + p + "'").toList()) + ")";
        };
    StringBuilder s = new StringBuilder(1024);
    s.append("\"\"\"").append(rev.message()).append("\n\n");
    s.append("Revision ID: ").append(rev.id()).append('\n');
    s.append("Revises: ").append(String.join(", ", rev.parents())).append('\n');
    s.append("Create Date: ").append(ALEMBIC_DATE.format(rev.created())).append("\n\n");
    s.append("\"\"\"\n");
    s.append("from typing import Sequence, Union\n\n");
    s.append("from alembic import op\n");
    s.append("import sqlalchemy as sa\n\n\n");
    s.append("# revision identifiers, used by Alembic.\n");
    s.append("revision: str = '").append(rev.id()).append("'\n");
    s.append("down_revision: Union[str, Sequence[str], None] = ").append(downRevision).append('\n');
    s.append("branch_labels: Union[str, Sequence[str], None] = None\n");
    s.append("depends_on: Union[str, Sequence[str], None] = None\n\n\n");
    s.append("def upgrade() -> None:\n");
    s.append("    \"\"\"Upgrade schema.\"\"\"\n");
    s.append(rev.merge() ? "    pass\n" : "    op.execute(\"\"\"" + rev.upgrade() + "\"\"\")\n");
    s.append("\n\n");
    s.append("def downgrade() -> None:\n");
    s.append("    \"\"\"Downgrade schema.\"\"\"\n");
    s.append(rev.merge() ? "    pass\n" : "    op.execute(\"" + rev.downgrade() + "\")\n");
    return s.toString();
  }

  private void writeAlembicProject(Path dir, List<Rev> revisions) throws IOException {
    Path alembic = dir.resolve("alembic");
    Path versions = alembic.resolve("versions");
    Files.createDirectories(versions);
    Files.writeString(dir.resolve("alembic.ini"), ALEMBIC_INI);
    Files.writeString(alembic.resolve("env.py"), ENV_PY);
    Files.writeString(alembic.resolve("script.py.mako"), SCRIPT_PY_MAKO);
    Files.writeString(alembic.resolve("README"), "Synthetic Alembic project written by dev.retort.bench.HistoryGenerator.\n");
    for (Rev rev : revisions) {
      write(versions.resolve(rev.id() + "_" + rev.slug() + ".py"), python(rev));
    }
  }

  private String stampText(boolean alembic) {
    return "format=" + FORMAT_VERSION + " shape=" + shape.label() + " size=" + size + " seed=" + seed + " alembic=" + alembic;
  }

  private static void write(Path file, String text) throws IOException {
    Files.write(file, text.getBytes(StandardCharsets.UTF_8));
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        if (!p.equals(dir)) {
          Files.delete(p);
        }
      }
    }
  }

  // The files `alembic init alembic` (Alembic 1.20, "generic" template) writes, comments trimmed.
  // `alembic heads` reads alembic.ini and the scripts; it never runs env.py.
  static final String ALEMBIC_INI =
      """
      # Synthetic benchmark project (dev.retort.bench.HistoryGenerator); as `alembic init` writes it.
      [alembic]
      script_location = %(here)s/alembic
      prepend_sys_path = .
      path_separator = os
      sqlalchemy.url = sqlite:///bench.db

      [post_write_hooks]

      [loggers]
      keys = root,sqlalchemy,alembic

      [handlers]
      keys = console

      [formatters]
      keys = generic

      [logger_root]
      level = WARNING
      handlers = console
      qualname =

      [logger_sqlalchemy]
      level = WARNING
      handlers =
      qualname = sqlalchemy.engine

      [logger_alembic]
      level = INFO
      handlers =
      qualname = alembic

      [handler_console]
      class = StreamHandler
      args = (sys.stderr,)
      level = NOTSET
      formatter = generic

      [formatter_generic]
      format = %(levelname)-5.5s [%(name)s] %(message)s
      datefmt = %H:%M:%S
      """;

  static final String ENV_PY =
      """
      from logging.config import fileConfig

      from sqlalchemy import engine_from_config
      from sqlalchemy import pool

      from alembic import context

      config = context.config

      if config.config_file_name is not None:
          fileConfig(config.config_file_name)

      target_metadata = None


      def run_migrations_offline() -> None:
          url = config.get_main_option("sqlalchemy.url")
          context.configure(
              url=url,
              target_metadata=target_metadata,
              literal_binds=True,
              dialect_opts={"paramstyle": "named"},
          )

          with context.begin_transaction():
              context.run_migrations()


      def run_migrations_online() -> None:
          connectable = engine_from_config(
              config.get_section(config.config_ini_section, {}),
              prefix="sqlalchemy.",
              poolclass=pool.NullPool,
          )

          with connectable.connect() as connection:
              context.configure(
                  connection=connection, target_metadata=target_metadata
              )

              with context.begin_transaction():
                  context.run_migrations()


      if context.is_offline_mode():
          run_migrations_offline()
      else:
          run_migrations_online()
      """;

  static final String SCRIPT_PY_MAKO =
      """
      \"""${message}

      Revision ID: ${up_revision}
      Revises: ${down_revision | comma,n}
      Create Date: ${create_date}

      \"""
      from typing import Sequence, Union

      from alembic import op
      import sqlalchemy as sa
      ${imports if imports else ""}

      # revision identifiers, used by Alembic.
      revision: str = ${repr(up_revision)}
      down_revision: Union[str, Sequence[str], None] = ${repr(down_revision)}
      branch_labels: Union[str, Sequence[str], None] = ${repr(branch_labels)}
      depends_on: Union[str, Sequence[str], None] = ${repr(depends_on)}


      def upgrade() -> None:
          \"""Upgrade schema.\"""
          ${upgrades if upgrades else "pass"}


      def downgrade() -> None:
          \"""Downgrade schema.\"""
          ${downgrades if downgrades else "pass"}
      """;
}
