package dev.retort.autogen.source;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.dialect.JdbcSchemaLookup;
import dev.retort.dialect.ReflectOptions;
import dev.retort.dialect.sqlite.SqliteDialect;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.EnumType;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.GeneratedColumn;
import dev.retort.schema.Identity;
import dev.retort.schema.Index;
import dev.retort.schema.IndexColumn;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.ReferentialAction;
import dev.retort.schema.Schema;
import dev.retort.schema.SchemaSnapshot;
import dev.retort.schema.Sequence;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import dev.retort.schema.View;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SnapshotCacheTest {
  @TempDir Path folder;

  @Test
  void everyKindOfElementComesBackEqual() {
    SchemaSnapshot snapshot = rich();
    SnapshotCache cache = new SnapshotCache(folder);
    String key = SnapshotCache.key(List.of("postgresql", "15.4", "build-a"));

    cache.put(key, snapshot);

    assertThat(new SnapshotCache(folder).get(key)).contains(snapshot);
  }

  @Test
  void aReflectedSqliteSchemaComesBackEqual() throws Exception {
    SchemaSnapshot reflected;
    try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:"); Statement s = c.createStatement()) {
      s.execute("CREATE TABLE a (id INTEGER PRIMARY KEY, name TEXT NOT NULL DEFAULT 'x', price NUMERIC(10,2))");
      s.execute("CREATE TABLE b (id INTEGER PRIMARY KEY, a_id INTEGER REFERENCES a(id) ON DELETE CASCADE, "
          + "CONSTRAINT ck_b CHECK (id > 0))");
      s.execute("CREATE UNIQUE INDEX ix_b ON b (a_id) WHERE a_id IS NOT NULL");
      s.execute("CREATE VIEW v AS SELECT id FROM a");
      reflected = new SqliteDialect().reflector().reflect(new JdbcSchemaLookup(c), ReflectOptions.excluding());
    }
    SnapshotCache cache = new SnapshotCache(folder);
    cache.put("k", reflected);
    assertThat(cache.get("k")).contains(reflected);
  }

  @Test
  void aMissingOrDamagedEntryIsAMiss() throws Exception {
    SnapshotCache cache = new SnapshotCache(folder);
    assertThat(cache.get("absent")).isEmpty();
    cache.put("whole", rich());
    byte[] whole = Files.readAllBytes(folder.resolve("whole.snapshot"));
    Files.write(folder.resolve("cut.snapshot"), Arrays.copyOf(whole, whole.length - 3));
    assertThat(cache.get("cut")).isEmpty();
    Files.write(folder.resolve("longer.snapshot"), Arrays.copyOf(whole, whole.length + 1));
    assertThat(cache.get("longer")).isEmpty();
    Files.writeString(folder.resolve("alien.snapshot"), "{\"schemas\": []}");
    assertThat(cache.get("alien")).isEmpty();
    byte[] huge = Arrays.copyOf(whole, 9);
    huge[4] = (byte) 0xff; // the count of schemas: about 2^31, with 4 bytes left to hold them
    huge[5] = (byte) 0xff;
    huge[6] = (byte) 0xff;
    huge[7] = (byte) 0xff;
    huge[8] = (byte) 0x07;
    Files.write(folder.resolve("huge.snapshot"), huge);
    assertThat(cache.get("huge")).isEmpty();
    assertThat(cache.get("whole")).contains(rich());
  }

  @Test
  void everyFieldComesBackInItsOwnPlace() {
    // every string distinct, every flag and number set apart from its neighbours: a field written
    // in one place and read into another of the same type would not compare equal
    SchemaSnapshot snapshot = DistinctValues.snapshot();
    SnapshotCache cache = new SnapshotCache(folder);
    cache.put("k", snapshot);
    assertThat(cache.get("k")).contains(snapshot);
  }

  @Test
  void anUnwritableFolderCostsNothingButTheEntry() throws Exception {
    Path file = folder.resolve("not-a-folder");
    Files.writeString(file, "x");
    SnapshotCache cache = new SnapshotCache(file.resolve("snapshots"));
    cache.put("k", rich());
    assertThat(cache.get("k")).isEmpty();
  }

  @Test
  void keysDependOnEveryPartAndItsBoundaries() {
    String key = SnapshotCache.key(List.of("ab", "c"));
    assertThat(key).hasSize(64).isEqualTo(SnapshotCache.key(List.of("ab", "c")));
    assertThat(key).isNotEqualTo(SnapshotCache.key(List.of("a", "bc")));
    assertThat(key).isNotEqualTo(SnapshotCache.key(List.of("c", "ab")));
    assertThat(key).isNotEqualTo(SnapshotCache.key(List.of("ab", "c", "")));
  }

  @Test
  void theFolderFollowsTheEnvironment() {
    assertThat(SnapshotCache.defaultFolder(Map.of("RETORT_CACHE_DIR", "/c/r"))).isEqualTo(Path.of("/c/r"));
    assertThat(SnapshotCache.defaultFolder(Map.of("XDG_CACHE_HOME", "/x"))).isEqualTo(Path.of("/x/retort/snapshots"));
    assertThat(SnapshotCache.defaultFolder(Map.of()))
        .isEqualTo(Path.of(System.getProperty("user.home"), ".cache", "retort", "snapshots"));
  }

  @Test
  void classesOutsideAJarAreANewBuildInEveryProcess() {
    // the tests run from target/classes, a folder: the identity names this process
    assertThat(SnapshotCache.buildIdentity()).isEqualTo(SnapshotCache.buildIdentity())
        .startsWith("process-" + ProcessHandle.current().pid() + "-");
  }

  @Test
  void aJarIsKnownByItsContent_notItsModificationTime() throws Exception {
    // a CI job restores the cache folder and gets the same release again, with new file times
    Files.createDirectories(folder.resolve("a"));
    Files.createDirectories(folder.resolve("b"));
    Files.createDirectories(folder.resolve("c"));
    Path first = Files.write(folder.resolve("a/retort-core.jar"), new byte[] {1, 2, 3});
    Path again = Files.copy(first, folder.resolve("b/retort-core.jar"));
    Files.setLastModifiedTime(again, java.nio.file.attribute.FileTime.fromMillis(1_000));
    Path changed = Files.write(folder.resolve("c/retort-core.jar"), new byte[] {1, 2, 4});

    assertThat(SnapshotCache.jarIdentity(again)).isPresent().isEqualTo(SnapshotCache.jarIdentity(first));
    assertThat(SnapshotCache.jarIdentity(changed)).isPresent().isNotEqualTo(SnapshotCache.jarIdentity(first));
    assertThat(SnapshotCache.jarIdentity(folder)).isEmpty();
  }

  private static SchemaSnapshot rich() {
    Table orders = Table.builder("orders")
        .column(new Column("id", new ColumnType("bigint", "bigint"), false, null, Identity.ALWAYS, null, "key"))
        .column(new Column("total", new ColumnType("numeric(10,2)", "numeric(10,2)"), true, "0", Identity.NONE, null,
            null))
        .column(new Column("twice", new ColumnType("numeric", "numeric"), true, null, Identity.NONE,
            new GeneratedColumn("total * 2", true), null))
        .column(new Column("customer_id", new ColumnType("integer", "integer"), true, null, Identity.NONE, null, null))
        .primaryKey(new PrimaryKey("orders_pkey", List.of("id")))
        .unique(new UniqueConstraint("uq_orders", List.of("customer_id", "total"), true, false))
        .index(new Index("ix_lower", false, List.of(new IndexColumn(null, "lower(total::text)", true)), "total > 0",
            "btree"))
        .foreignKey(new ForeignKey("fk_customer", List.of("customer_id"), "public", "customers", List.of("id"),
            ReferentialAction.CASCADE, ReferentialAction.SET_NULL, true, true))
        .check(new CheckConstraint("ck_total", "(total >= 0)"))
        .comment("all orders")
        .build();
    Schema schema = new Schema("public", List.of(orders),
        List.of(new View("big_orders", "SELECT id FROM orders WHERE total > 100", null)),
        List.of(new Sequence("invoice_no", "bigint", 1, 1, 1, Long.MAX_VALUE, 1, false, null)),
        List.of(new EnumType("mood", List.of("sad", "ok", "happy"))));
    return new SchemaSnapshot(List.of(schema));
  }
}
