package dev.retort.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * RT204 against real PostgreSQL: every type change lint leaves unreported must keep the table's
 * file ({@code pg_relation_filenode} unchanged, so no rewrite), and the changes it reports that
 * PostgreSQL does rewrite must change it. The same ALTERs are linted and run.
 */
class LintTypeWideningPostgresTest {
  @RegisterExtension static final PgServer PG = new PgServer();

  @TempDir Path tmp;

  /** Old type, ALTER ... TYPE text, whether lint stays silent, whether PostgreSQL rewrites (null: not asserted). */
  private record Change(String from, String to, boolean silent, Boolean rewrites) {}

  private static final List<Change> CHANGES = List.of(
      new Change("varchar(20)", "varchar(40)", true, false),
      new Change("varchar(20)", "varchar", true, false),
      new Change("varchar(20)", "text", true, false),
      new Change("character varying(20)", "character varying(255)", true, false),
      new Change("varchar", "text", true, false),
      new Change("text", "varchar", true, false),
      new Change("numeric(8, 2)", "numeric(12, 2)", true, false),
      new Change("numeric(8, 2)", "numeric", true, false),
      new Change("decimal(10)", "numeric(12, 0)", true, false),
      new Change("varbit(8)", "varbit(16)", true, false),
      new Change("bit varying(8)", "varbit", true, false),
      new Change("varchar(20)", "varchar(10)", false, true),
      new Change("text", "varchar(20)", false, true),
      new Change("numeric(8, 2)", "numeric(12, 3)", false, true),
      new Change("int", "bigint", false, true),
      new Change("varchar(20)", "text USING c || ''", false, true),
      // no table rewrite, but its indexes would be rebuilt: lint stays conservative
      new Change("text", "text COLLATE \"C\"", false, null));

  @Test
  void unreportedTypeChanges_neverRewriteTheTable() throws Exception {
    Path project = tmp.resolve("p");
    Files.createDirectories(project.resolve("migrations/versions"));
    Files.writeString(project.resolve("retort.toml"), "script_location = \"migrations\"\n");
    List<String> creates = new ArrayList<>();
    List<String> alters = new ArrayList<>();
    for (int i = 0; i < CHANGES.size(); i++) {
      creates.add("CREATE TABLE t_" + i + " (c " + CHANGES.get(i).from() + ");");
      alters.add("ALTER TABLE t_" + i + " ALTER COLUMN c TYPE " + CHANGES.get(i).to() + ";");
    }
    write(project, "aaaa00000001", "", creates);
    write(project, "bbbb00000002", "aaaa00000001", alters); // statement i on line 6 + i

    Set<Integer> reported = new HashSet<>();
    JsonNode findings = Cli.run(project, Map.of(), "lint", "--format", "json").json();
    findings.forEach(f -> {
      if (f.get("code").asText().equals("RT204")) {
        reported.add(f.get("line").asInt() - 6);
      }
    });

    TestDb.Pg db = PG.newDatabase();
    try (Connection c = db.connect(); Statement st = c.createStatement()) {
      for (int i = 0; i < CHANGES.size(); i++) {
        st.execute(creates.get(i));
        st.execute("INSERT INTO t_" + i + " VALUES (NULL)");
        long before = filenode(st, i);
        st.execute(alters.get(i));
        Change change = CHANGES.get(i);
        boolean rewritten = filenode(st, i) != before;
        assertThat(!reported.contains(i)).as("lint silent on %s -> %s", change.from(), change.to())
            .isEqualTo(change.silent());
        if (change.silent()) {
          assertThat(rewritten).as("PostgreSQL rewrote on %s -> %s", change.from(), change.to()).isFalse();
        } else if (change.rewrites() != null) {
          assertThat(rewritten).as("PostgreSQL rewrote on %s -> %s", change.from(), change.to())
              .isEqualTo(change.rewrites());
        }
      }
    }
  }

  private static long filenode(Statement st, int table) throws SQLException {
    try (ResultSet rs = st.executeQuery("SELECT pg_relation_filenode('t_" + table + "')")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static void write(Path project, String id, String revises, List<String> upgrade) throws Exception {
    Files.writeString(project.resolve("migrations/versions/" + id + "_change.sql"),
        "-- Revision: " + id + "\n-- Revises: " + revises + "\n-- Message: change\n\n-- +upgrade\n"
            + String.join("\n", upgrade) + "\n\n-- +downgrade\nSELECT 1;\n");
  }
}
