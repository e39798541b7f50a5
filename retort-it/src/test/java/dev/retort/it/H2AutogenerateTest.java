package dev.retort.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Autogenerate, check and verify on an H2 project through the command line: each side is built on
 * an in-memory H2 scratch database, the revision written from the difference applies to the real
 * file database, and afterwards nothing differs.
 */
class H2AutogenerateTest {
  private static final String WANTED = """
      CREATE TABLE users (id INTEGER PRIMARY KEY, email VARCHAR(320) NOT NULL, name VARCHAR(100));
      CREATE INDEX ix_users_email ON users (email);
      CREATE TABLE orders (id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL,
        total NUMERIC(10, 2) DEFAULT 0 NOT NULL,
        CONSTRAINT fk_orders_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE);
      """;

  @TempDir Path tmp;

  private Map<String, String> env() {
    return Map.of("RETORT_CACHE_DIR", tmp.resolve("cache").toString());
  }

  @Test
  void checkFindsTheDifference_autogenerateWritesIt_andItApplies() throws Exception {
    Project p = Project.in(tmp.resolve("project"), "url = \"h2:./app\"", "schema = \"schema.sql\"");
    p.rev("aaaa00000001", "").message("create users")
        .up("CREATE TABLE users (id INTEGER PRIMARY KEY, email VARCHAR(320) NOT NULL);")
        .down("DROP TABLE users;").write();
    Project.write(p.dir().resolve("schema.sql"), WANTED);

    Cli.Result check = p.run(env(), "check");
    assertThat(check.exitCode()).as(check.err()).isEqualTo(1);
    assertThat(check.errLines()).contains("scratch: H2 in memory");
    assertThat(check.outLines()).contains("+ table orders", "+ column users.name", "+ index ix_users_email on users");

    p.run(env(), "revision", "--autogenerate", "-m", "add orders", "--rev-id", "bbbb00000002").succeeded();
    String revision = Files.readString(p.versions().resolve("bbbb00000002_add_orders.sql"));
    assertThat(revision).contains("CREATE TABLE orders (").contains("ALTER TABLE users ADD COLUMN name");

    p.run(env(), "upgrade", "head").succeeded();
    try (H2TestDb db = new H2TestDb(p.dir().resolve("app"))) {
      assertThat(db.rows()).containsExactly("bbbb00000002");
      assertThat(db.userTables()).containsExactlyInAnyOrder("users", "orders");
    }
    Cli.Result again = p.run(env(), "check");
    assertThat(again.exitCode()).as(again.err() + again.out()).isZero();
    assertThat(again.out()).startsWith("no differences");
    Cli.Result drift = p.run(env(), "check", "--url", "h2:./app");
    assertThat(drift.exitCode()).as(drift.err() + drift.out()).isZero();

    p.run(env(), "verify").succeeded();
  }
}
