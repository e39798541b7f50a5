package dev.retort.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Offline mode: the {@code --sql} script, run statement by statement as psql would, leaves the
 * same schema and version rows as an online upgrade; the downgrade script undoes it; {@code --plan
 * --json} lists the steps and changes nothing.
 */
class OfflineSqlTest {
  @RegisterExtension static final PgServer PG = new PgServer();

  private static final String QUOTED_MESSAGE = "it's the customers' table; \"quoted\"";

  @TempDir Path tmp;

  /** of1 -> of2 -> of3 (non-transactional) -> of.4; the index is dropped as {@code db} drops one. */
  private Project project(TestDb db) {
    Project p = Project.in(tmp.resolve("project"));
    p.rev("of1", "").message(QUOTED_MESSAGE).up("""
        CREATE TABLE customers (id INTEGER PRIMARY KEY, name VARCHAR(40) NOT NULL);
        INSERT INTO customers (id, name) VALUES (1, 'O''Brien; the first');
        """).down("DROP TABLE customers;").write();
    p.rev("of2", "of1").message("add orders").up("""
        CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL REFERENCES customers (id));
        """).down("DROP TABLE orders;").write();
    p.rev("of3", "of2").message("audit, outside a transaction").nonTransactional()
        .up("CREATE TABLE audit (id INTEGER, what VARCHAR(20));").down("DROP TABLE audit;").write();
    // not led by customer_id: MySQL would take such an index over for the foreign key and refuse to drop it
    p.rev("of.4", "of3").message("index orders").up("CREATE INDEX orders_customer ON orders (id, customer_id);")
        .down(db.dropIndex("orders_customer", "orders") + ";").write();
    return p;
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void offlineScriptMatchesAnOnlineUpgradeAndTheDowngradeScriptUndoesIt(Kind kind) {
    TestDb online = kind.fresh(PG, tmp, "online");
    TestDb offline = kind.fresh(PG, tmp, "offline");
    Project p = project(offline);

    String script = p.run(offline.env(), "upgrade", "--sql", "base:head").succeeded().out();
    assertThat(offline.tables()).as("--sql does not touch the database").isEmpty();
    assertThat(script)
        .contains("-- Running upgrade  -> of1, " + QUOTED_MESSAGE + "\n")
        .contains("-- Running upgrade of1 -> of2, add orders\n")
        .contains("-- Running upgrade of3 -> of.4, index orders\n")
        .contains("'O''Brien; the first'")
        .contains("'of.4'");
    if (!offline.ddlRollsBack()) {
      // DDL commits as it runs: a BEGIN would pretend the step could be rolled back
      assertThat(script).doesNotContain("BEGIN;").doesNotContain("COMMIT;")
          .contains("-- " + offline.kind() + " commits DDL as it runs: no BEGIN/COMMIT");
    } else {
      assertThat(lastTransactionKeywordBefore(script, "-- Running upgrade of2 -> of3")).isEqualTo("COMMIT");
      assertThat(lastTransactionKeywordBefore(script, "-- Running upgrade of3 -> of.4")).isEqualTo("BEGIN");
    }
    String fromTarget = p.run(offline.env(), "upgrade", "--sql", "head").succeeded().out();
    assertThat(body(fromTarget)).isEqualTo(body(script));

    OfflineScripts.execute(offline, script);
    p.run(online.env(), "upgrade", "head").succeeded();

    assertThat(offline.columns("retort_version")).isEqualTo(online.columns("retort_version"));
    assertThat(offline.rows()).containsExactly("of.4").isEqualTo(online.rows());
    assertThat(offline.query("SELECT name FROM customers")).isEqualTo(online.query("SELECT name FROM customers"));
    // Retort reads the offline-made database as its own
    assertThat(Cli.ids(p.run(offline.env(), "current", "--json").succeeded().json())).containsExactly("of.4");
    assertThat(p.run(offline.env(), "upgrade", "head").succeeded().err()).doesNotContain("Running upgrade");

    String down = p.run(offline.env(), "downgrade", "--sql", "head:base").succeeded().out();
    assertThat(down).contains("-- Running downgrade of.4 -> of3, index orders")
        .contains("-- Running downgrade of1 -> , " + QUOTED_MESSAGE);
    OfflineScripts.execute(offline, down);
    assertThat(offline.userTables()).isEmpty();
    assertThat(offline.rows()).isEmpty();

    // a partial range
    String part = p.run(offline.env(), "upgrade", "--sql", "base:of2").succeeded().out();
    OfflineScripts.execute(offline, part);
    assertThat(offline.rows()).containsExactly("of2");
    assertThat(offline.userTables()).containsExactlyInAnyOrder("customers", "orders");
    String rest = p.run(offline.env(), "upgrade", "--sql", "of2:head").succeeded().out();
    assertThat(rest).doesNotContain("CREATE TABLE customers").doesNotContain("CREATE TABLE IF NOT EXISTS retort_version");
    OfflineScripts.execute(offline, rest);
    assertThat(offline.rows()).containsExactly("of.4");
    assertThat(offline.columns("retort_version")).isEqualTo(online.columns("retort_version"));
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void planJsonListsTheStepsAndChangesNothing(Kind kind) {
    TestDb db = kind.fresh(PG, tmp, "plan");
    Project p = project(db);

    JsonNode up = p.run(db.env(), "upgrade", "--plan", "--json", "head").succeeded().json();
    assertThat(up.get("command").asText()).isEqualTo("upgrade");
    assertThat(steps(up, "revision")).containsExactly("of1", "of2", "of3", "of.4");
    assertThat(steps(up, "action")).containsOnly("upgrade");
    assertThat(up.get("rowsBefore")).isEmpty();
    assertThat(up.get("rowsAfter").get(0).asText()).isEqualTo("of.4");
    assertThat(up.get("steps").get(0).get("message").asText()).isEqualTo(QUOTED_MESSAGE);
    assertThat(db.tables()).as("--plan creates nothing").isEmpty();

    p.run(db.env(), "upgrade", "head").succeeded();
    List<TestDb.History> history = db.history();
    JsonNode down = p.run(db.env(), "downgrade", "--plan", "--json", "of1").succeeded().json();
    assertThat(down.get("command").asText()).isEqualTo("downgrade");
    assertThat(steps(down, "revision")).containsExactly("of.4", "of3", "of2");
    assertThat(steps(down, "action")).containsOnly("downgrade");
    assertThat(down.get("rowsAfter").get(0).asText()).isEqualTo("of1");
    assertThat(db.rows()).containsExactly("of.4");
    assertThat(db.userTables()).containsExactlyInAnyOrder("customers", "orders", "audit");
    assertThat(db.history()).isEqualTo(history);

    JsonNode nothing = p.run(db.env(), "upgrade", "--plan", "--json", "head").succeeded().json();
    assertThat(nothing.get("steps")).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void offlineScriptsOverBranchesMergesAndDependencies(Kind kind) {
    Project p = Project.in(tmp.resolve("project"));
    BranchyGraph.write(p);
    TestDb db = kind.fresh(PG, tmp, "branchy");

    OfflineScripts.execute(db, p.run(db.env(), "upgrade", "--sql", "sea2").succeeded().out());
    assertThat(db.rows()).containsExactlyElementsOf(
        BranchyGraph.rowsFor(java.util.Set.of("root1", "root2", "bee1", "sea1", "sea2")));
    OfflineScripts.execute(db, p.run(db.env(), "upgrade", "--sql", "sea2:heads").succeeded().out());
    assertThat(db.rows()).containsExactlyElementsOf(BranchyGraph.HEADS.stream().sorted().toList());
    assertThat(db.userTables()).hasSize(BranchyGraph.ALL.size());

    OfflineScripts.execute(db, p.run(db.env(), "downgrade", "--sql", "heads:base").succeeded().out());
    assertThat(db.rows()).isEmpty();
    assertThat(db.userTables()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void offlineStampScriptRunsOnAFreshDatabase(Kind kind) {
    // as Alembic's: starting from no version rows, the script creates the version table first
    TestDb db = kind.fresh(PG, tmp, "stamp");
    Project p = project(db);

    String script = p.run(db.env(), "stamp", "--sql", "of2").succeeded().out();
    OfflineScripts.execute(db, script);

    assertThat(db.rows()).containsExactly("of2");
    assertThat(db.userTables()).isEmpty();
    assertThat(Cli.ids(p.run(db.env(), "current", "--json").succeeded().json())).containsExactly("of2");
  }

  private static List<String> steps(JsonNode plan, String field) {
    List<String> out = new ArrayList<>();
    plan.get("steps").forEach(s -> out.add(s.get(field).asText()));
    return out;
  }

  /** The script without its first line (which names the command as typed). */
  private static String body(String script) {
    return script.substring(script.indexOf('\n') + 1);
  }

  private static String lastTransactionKeywordBefore(String script, String marker) {
    int at = script.indexOf(marker);
    assertThat(at).as("%s in script", marker).isNotNegative();
    String before = script.substring(0, at);
    int begin = before.lastIndexOf("BEGIN;\n");
    int commit = before.lastIndexOf("COMMIT;\n");
    return begin > commit ? "BEGIN" : "COMMIT";
  }
}
