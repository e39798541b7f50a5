package dev.retort.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which column types CREATE TABLE and ALTER TABLE statements declare, and what they overlay. */
class PendingColumnTypesTest {
  private static PendingColumnTypes follow(Map<String, String> database, String... statements) {
    PendingColumnTypes types = new PendingColumnTypes(database);
    for (String sql : statements) {
      types.follow("r1", StatementClassifier.classify(sql, 1));
    }
    return types;
  }

  @Test
  void typeOf_readsTheTypeNameWithoutSchemaArgumentsOrConstraints() {
    assertThat(PendingColumnTypes.typeOf(" JSONB NOT NULL DEFAULT '{}'")).hasValue("jsonb");
    assertThat(PendingColumnTypes.typeOf("pg_catalog.json")).hasValue("json");
    assertThat(PendingColumnTypes.typeOf("\"json\"")).hasValue("json");
    assertThat(PendingColumnTypes.typeOf("varchar (20) NOT NULL")).hasValue("varchar");
    assertThat(PendingColumnTypes.typeOf("json[] NOT NULL")).hasValue("json[]");
    assertThat(PendingColumnTypes.typeOf("json ARRAY")).hasValue("json[]");
    assertThat(PendingColumnTypes.typeOf("")).isEmpty();
  }

  @Test
  void createTable_parsedOrNot_declaresEveryColumn() {
    Map<String, String> expected = Map.of("t.id", "int", "t.value", "json", "t.doc", "jsonb", "t.tags", "json[]");
    // JSqlParser reads the first; the second (PARTITION BY) falls back to the tokens
    assertThat(follow(Map.of(), "CREATE TABLE t (id INT PRIMARY KEY, value JSON, doc JSONB, tags json[],"
        + " CONSTRAINT u UNIQUE (id))").types()).isEqualTo(expected);
    assertThat(follow(Map.of(), "CREATE TABLE public.t (id int, value json, doc jsonb, tags json[],"
        + " PRIMARY KEY (id)) PARTITION BY RANGE (id)").types()).isEqualTo(expected);
    assertThat(follow(Map.of(), "CREATE TABLE t AS SELECT 1 AS x").types()).isEmpty();
  }

  @Test
  void overlay_keepsTheDatabaseColumnsAndSaysWhoDeclaredWhat() {
    PendingColumnTypes types = follow(Map.of("t.a", "json", "u.b", "json"),
        "ALTER TABLE t ALTER COLUMN a TYPE jsonb USING a::jsonb, ADD COLUMN c json",
        "ALTER TABLE u ADD COLUMN IF NOT EXISTS b jsonb");

    assertThat(types.types()).isEqualTo(Map.of("t.a", "jsonb", "t.c", "json", "u.b", "json"));
    assertThat(types.declaredBy("t.c")).hasValue("r1");
    assertThat(types.declaredBy("u.b")).isEmpty();
    assertThat(types.anyJson()).isTrue();
    assertThat(follow(Map.of("t.a", "json"), "CREATE TABLE t (a jsonb)").anyJson()).isFalse();
  }
}
