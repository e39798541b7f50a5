package dev.retort.dialect.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Parsing the CREATE TABLE text SQLite keeps, for rebuilds. */
class TableShapeTest {
  @Test
  void parse_columnClausesAndTableConstraints_keepNamesAndText() {
    TableShape shape = TableShape.parse("t", """
        CREATE TABLE "t" (
          id INTEGER PRIMARY KEY AUTOINCREMENT, -- the key
          name VARCHAR(20) NOT NULL DEFAULT 'a,b' COLLATE NOCASE,
          owner INTEGER CONSTRAINT fk_owner REFERENCES users (id) ON DELETE SET NULL NOT DEFERRABLE NOT NULL,
          n NUMERIC(10, 2) DEFAULT -1 CONSTRAINT ck_n CHECK (n > (0)),
          g TEXT GENERATED ALWAYS AS (upper(name)) STORED,
          CONSTRAINT uq_name UNIQUE (name, owner),
          FOREIGN KEY (owner) REFERENCES users (id)
        ) STRICT""", List.of(), List.of());
    assertThat(shape.columns()).extracting(TableShape.ColumnDef::sql).containsExactly(
        "id INTEGER PRIMARY KEY AUTOINCREMENT",
        "name VARCHAR(20) NOT NULL DEFAULT 'a,b' COLLATE NOCASE",
        "owner INTEGER CONSTRAINT fk_owner REFERENCES users (id) ON DELETE SET NULL NOT DEFERRABLE NOT NULL",
        "n NUMERIC(10, 2) DEFAULT -1 CONSTRAINT ck_n CHECK (n > (0))",
        "g TEXT GENERATED ALWAYS AS (upper(name)) STORED");
    assertThat(shape.column("owner").orElseThrow().clauses()).extracting(TableShape.Clause::kind)
        .containsExactly("REFERENCES", "NOT");
    assertThat(shape.column("g").orElseThrow().generated()).isTrue();
    assertThat(shape.constraints()).extracting(TableShape.Constraint::name).containsExactly("uq_name", null);
    assertThat(shape.hasConstraint("FK_OWNER")).isTrue();
    assertThat(shape.hasConstraint("ck_n")).isTrue();
    assertThat(shape.constraints().get(1).uses("owner")).isTrue();
    assertThat(shape.constraints().get(1).uses("id")).isFalse();
    assertThat(shape.suffix()).isEqualTo("STRICT");
  }
}
