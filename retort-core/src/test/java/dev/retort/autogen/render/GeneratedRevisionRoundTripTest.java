package dev.retort.autogen.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.command.Project;
import dev.retort.autogen.diff.DiffOptions;
import dev.retort.autogen.diff.DiffResult;
import dev.retort.autogen.diff.SchemaDiff;
import dev.retort.autogen.scratch.JdbcSchemaReplay;
import dev.retort.command.MigrateCommand;
import dev.retort.command.RevisionRequest;
import dev.retort.config.ConfigLoader;
import dev.retort.dialect.Dialect;
import dev.retort.dialect.JdbcSchemaLookup;
import dev.retort.dialect.ReflectOptions;
import dev.retort.dialect.sqlite.SqliteDialect;
import dev.retort.run.RunListener;
import dev.retort.schema.Column;
import dev.retort.schema.Schema;
import dev.retort.schema.SchemaSnapshot;
import dev.retort.schema.Table;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated revision, written by {@code RevisionCommand} from the project's template, compiled
 * (Java) or split (SQL) by Retort and run with {@code upgrade head} on a SQLite project: the database
 * must then reflect as the desired schema, and {@code downgrade -1} must bring back the start.
 */
class GeneratedRevisionRoundTripTest {
  private static final String START = """
      CREATE TABLE users (id INTEGER PRIMARY KEY, name VARCHAR(100), age INTEGER);
      CREATE TABLE orders (id INTEGER PRIMARY KEY, user_id INTEGER REFERENCES users (id), total NUMERIC(10, 2));
      """;
  private static final String[] DESIRED = {
    "CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT NOT NULL DEFAULT 'x', email VARCHAR(320),"
        + " CONSTRAINT ck_users_email CHECK (email LIKE '%@%'))",
    "CREATE UNIQUE INDEX ix_users_email ON users (email)",
    "CREATE TABLE items (id INTEGER PRIMARY KEY, sku VARCHAR(20) NOT NULL, owner_id INTEGER,"
        + " CONSTRAINT uq_items_sku UNIQUE (sku), CONSTRAINT fk_items_owner FOREIGN KEY (owner_id) REFERENCES users (id))"
  };

  @TempDir Path dir;
  private final Dialect sqlite = new SqliteDialect();

  @Test
  void javaRevision_upgradeReachesTheDesiredSchema_downgradeTheStart() throws Exception {
    roundTrip(true);
  }

  @Test
  void sqlRevision_upgradeReachesTheDesiredSchema_downgradeTheStart() throws Exception {
    roundTrip(false);
  }

  private void roundTrip(boolean java) throws Exception {
    Project retort = project();
    retort.migrate(retort.newRunner(RunListener.silent()), MigrateCommand.Kind.UPGRADE, "head", false);
    SchemaSnapshot start = reflect(dir.resolve("app.db"));
    Path desiredDb = dir.resolve("desired.db");
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + desiredDb); Statement st = c.createStatement()) {
      for (String ddl : DESIRED) {
        st.execute(ddl);
      }
    }
    SchemaSnapshot desired = reflect(desiredDb);
    DiffResult up = SchemaDiff.between(start, desired, DiffOptions.none());
    DiffResult down = SchemaDiff.between(desired, start, DiffOptions.none().reversed());
    assertThat(up.ops()).isNotEmpty();

    RevisionBody body;
    if (java) {
      body = new JavaRevisionRenderer().render(up, down);
    } else {
      try (Connection scratch = DriverManager.getConnection("jdbc:sqlite::memory:"); Statement st = scratch.createStatement()) {
        for (String ddl : START.split(";")) {
          if (!ddl.isBlank()) {
            st.execute(ddl);
          }
        }
        body = new SqlRevisionRenderer(sqlite.ddl()).render(up, down, new JdbcSchemaReplay(scratch));
      }
    }
    Path file = retort.revision(new RevisionRequest("generated", java, null, false, List.of(), List.of(), "b2", null)
        .withBody(body));
    assertThat(file.getFileName().toString()).isEqualTo(java ? "b2_generated.java" : "b2_generated.sql");
    assertThat(Files.readString(file)).contains(java ? "// retort:destructive table orders" : "-- retort:destructive table orders");

    Project again = project();
    again.migrate(again.newRunner(RunListener.silent()), MigrateCommand.Kind.UPGRADE, "head", false);
    SchemaSnapshot afterUp = reflect(dir.resolve("app.db"));
    assertThat(byName(afterUp)).as(Files.readString(file)).isEqualTo(byName(desired));
    assertThat(SchemaDiff.between(afterUp, desired, DiffOptions.none()).ops()).as("phantom diff").isEmpty();

    again.migrate(again.newRunner(RunListener.silent()), MigrateCommand.Kind.DOWNGRADE, "-1", false);
    assertThat(byName(reflect(dir.resolve("app.db")))).isEqualTo(byName(start));
  }

  private Project project() throws IOException {
    Path versions = Files.createDirectories(dir.resolve("migrations/versions"));
    Path first = versions.resolve("a1_start.sql");
    if (!Files.exists(first)) {
      Files.writeString(first, "-- Revision: a1\n-- Revises:\n\n-- +upgrade\n" + START
          + "-- +downgrade\nDROP TABLE orders;\nDROP TABLE users;\n");
      Files.writeString(dir.resolve("retort.toml"), "script_location = \"migrations\"\nurl = \"sqlite:app.db\"\n");
    }
    return Project.open(new ConfigLoader(Map.of(), dir).load(Optional.empty(), Map.of()));
  }

  private SchemaSnapshot reflect(Path db) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
      return sqlite.reflector().reflect(new JdbcSchemaLookup(c), ReflectOptions.excluding("retort_version", "retort_history"));
    }
  }

  /** Columns sorted by name: an added column goes last, and the diff does not compare positions. */
  private static SchemaSnapshot byName(SchemaSnapshot snapshot) {
    List<Schema> schemas = new ArrayList<>();
    for (Schema s : snapshot.schemas()) {
      List<Table> tables = s.tables().stream().map(t -> new Table(t.name(),
          t.columns().stream().sorted(Comparator.comparing(Column::name)).toList(), t.primaryKey(),
          t.uniqueConstraints(), t.indexes(), t.foreignKeys(), t.checks(), t.comment())).toList();
      schemas.add(new Schema(s.name(), tables, s.views(), s.sequences(), s.enumTypes()));
    }
    return new SchemaSnapshot(schemas);
  }
}
