package dev.retort.autogen.diff;

import static dev.retort.autogen.diff.Models.col;
import static dev.retort.autogen.diff.Models.fk;
import static dev.retort.autogen.diff.Models.snapshot;
import static dev.retort.autogen.diff.Models.table;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.ops.Op;
import dev.retort.schema.Index;
import dev.retort.schema.IndexColumn;
import dev.retort.schema.SchemaSnapshot;
import dev.retort.schema.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The whole diff without a database: order across kinds, renames, the reverse. */
class SchemaDiffTest {
  private static final Table USERS = table("users", col("email", "text")).build();
  private static final Table ORDERS = table("orders", col("user_id", "integer"))
      .foreignKey(fk("fk_orders_user", "user_id", "users")).index(new Index("ix_orders_user", false,
          List.of(IndexColumn.of("user_id")), null, "btree")).build();

  @Test
  void between_newTables_referencedFirstThenIndexes() {
    DiffResult r = SchemaDiff.between(snapshot(), snapshot(ORDERS, USERS));
    assertThat(r.ops()).extracting(Op::describe)
        .containsExactly("createTable users", "createTable orders", "createIndex ix_orders_user on orders");
    assertThat(((Op.CreateTable) r.ops().get(1)).table().foreignKeys()).extracting(f -> f.name())
        .containsExactly("fk_orders_user");
  }

  @Test
  void between_droppedTables_referencingFirst() {
    DiffResult r = SchemaDiff.between(snapshot(ORDERS, USERS), snapshot());
    assertThat(r.ops()).extracting(Op::describe).containsExactly("dropTable orders", "dropTable users");
  }

  @Test
  void between_keptTableLosesReferencedTable_foreignKeyDroppedBeforeTable() {
    Table ordersWithout = table("orders", col("user_id", "integer")).index(ORDERS.indexes().get(0)).build();
    DiffResult r = SchemaDiff.between(snapshot(ORDERS, USERS), snapshot(ordersWithout));
    assertThat(r.ops()).extracting(Op::describe).containsExactly("dropConstraint fk_orders_user on orders", "dropTable users");
  }

  @Test
  void between_newColumnAndForeignKeyToNewTable_columnThenTableThenKey() {
    Table plainOrders = table("orders").build();
    DiffResult r = SchemaDiff.between(snapshot(plainOrders), snapshot(ORDERS, USERS));
    assertThat(r.ops()).extracting(Op::describe).containsExactly("createTable users", "addColumn orders.user_id",
        "createIndex ix_orders_user on orders", "createForeignKey fk_orders_user on orders");
  }

  @Test
  void between_droppedCycle_foreignKeysDroppedFirst() {
    Table a = table("a", col("b_id", "integer")).foreignKey(fk("fk_a_b", "b_id", "b")).build();
    Table b = table("b", col("a_id", "integer")).foreignKey(fk("fk_b_a", "a_id", "a")).build();
    DiffResult r = SchemaDiff.between(snapshot(a, b), snapshot());
    assertThat(r.ops()).extracting(Op::describe).containsExactly(
        "dropConstraint fk_a_b on a", "dropConstraint fk_b_a on b", "dropTable b", "dropTable a");
  }

  @Test
  void between_renameHints_renameAndReferencesFollow() {
    Table people = table("people", col("mail", "text")).build();
    Table notes = table("notes", col("person_id", "integer")).foreignKey(fk("fk_n", "person_id", "people")).build();
    Table persons = table("persons", col("email", "text")).build();
    Table notes2 = table("notes", col("person_id", "integer")).foreignKey(fk("fk_n", "person_id", "persons")).build();
    DiffOptions hints = DiffOptions.none().renameTable("people", "persons").renameColumn("persons", "mail", "email");
    DiffResult up = SchemaDiff.between(snapshot(people, notes), snapshot(persons, notes2), hints);
    assertThat(up.ops()).extracting(Op::describe).containsExactly("renameTable people -> persons", "alterColumn persons.mail");
    assertThat(((Op.AlterColumn) up.ops().get(1)).change().newName()).isEqualTo("email");
    DiffResult down = SchemaDiff.between(snapshot(persons, notes2), snapshot(people, notes), hints.reversed());
    assertThat(down.ops()).extracting(Op::describe).containsExactly("renameTable persons -> people", "alterColumn people.email");
    assertThat(((Op.AlterColumn) down.ops().get(1)).change().newName()).isEqualTo("mail");
  }

  @Test
  void between_withoutHints_tableRenameIsDropAndCreate() {
    Table persons = table("persons", col("email", "text")).build();
    DiffResult r = SchemaDiff.between(snapshot(USERS), snapshot(persons));
    assertThat(r.ops()).extracting(Op::describe).containsExactly("dropTable users", "createTable persons");
  }

  @Test
  void between_hintForMissingTable_warnedAndIgnored() {
    DiffResult r = SchemaDiff.between(snapshot(USERS), snapshot(USERS), DiffOptions.none().renameTable("users", "people"));
    assertThat(r.ops()).isEmpty();
    assertThat(r.warnings()).singleElement().asString().contains("rename hint users -> people ignored");
  }

  private static final Table KEYLESS_USERS = Table.builder("users").column(col("id", "integer"))
      .unique(dev.retort.schema.UniqueConstraint.of("uq_users_id", List.of("id"))).build();
  private static final Table KEYED_USERS = table("users").build();
  private static final Table NOTES = table("notes", col("user_id", "integer"))
      .foreignKey(fk("fk_notes_user", "user_id", "users")).build();

  @Test
  void between_droppedTableReferencesADroppedKey_tableDroppedFirst() {
    DiffResult r = SchemaDiff.between(snapshot(KEYLESS_USERS, NOTES), snapshot(KEYED_USERS));
    assertThat(r.ops()).extracting(Op::describe).containsExactly(
        "dropTable notes", "dropConstraint uq_users_id on users", "createPrimaryKey [id] on users");
  }

  @Test
  void between_keptForeignKeyOnAReplacedKey_droppedBeforeAndAddedAfter() {
    DiffResult r = SchemaDiff.between(snapshot(KEYLESS_USERS, NOTES), snapshot(KEYED_USERS, NOTES));
    assertThat(r.ops()).extracting(Op::describe).containsExactly("dropConstraint fk_notes_user on notes",
        "dropConstraint uq_users_id on users", "createPrimaryKey [id] on users", "createForeignKey fk_notes_user on notes");
  }

  @Test
  void between_newTableReferencesANewKey_foreignKeyAddedAfterTheKey() {
    DiffResult r = SchemaDiff.between(snapshot(KEYLESS_USERS), snapshot(KEYED_USERS, NOTES));
    assertThat(r.ops()).extracting(Op::describe).containsExactly("dropConstraint uq_users_id on users",
        "createTable notes", "createPrimaryKey [id] on users", "createForeignKey fk_notes_user on notes");
  }

  @Test
  void between_sameSnapshot_empty() {
    SchemaSnapshot s = snapshot(ORDERS, USERS);
    assertThat(SchemaDiff.between(s, s).isEmpty()).isTrue();
  }

  @Test
  void between_otherSchema_qualifiedNames() {
    SchemaSnapshot other = new SchemaSnapshot(List.of(dev.retort.schema.Schema.of("audit", List.of(USERS))));
    DiffResult r = SchemaDiff.between(new SchemaSnapshot(List.of()), other);
    assertThat(r.ops()).extracting(Op::describe).containsExactly("createTable audit.users");
  }
}
