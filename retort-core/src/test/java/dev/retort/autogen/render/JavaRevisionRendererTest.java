package dev.retort.autogen.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.autogen.diff.DiffResult;
import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import dev.retort.ops.Op;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The Java method bodies: one comment, an optional destructive marker and one Operations call per operation. */
class JavaRevisionRendererTest {
  private static final DiffResult NONE = new DiffResult(List.of(), List.of());

  static Stream<Arguments> calls() {
    return Stream.of(
        Arguments.of(EveryOp.CREATE_TABLE, """
                // createTable orders
                op.createTable(Table.named("orders")
                    .column(Column.of("id", Type.BIGINT).primaryKey())
                    .column(Column.of("user_id", Type.BIGINT).notNull().references("users", "id"))
                    .column(Column.of("total", Type.numeric(10, 2)).defaultSql("0"))
                    .column(Column.of("note", Type.of("text")).unique())
                    .check(CheckConstraint.named("ck_orders_total", "total >= 0")));
            """),
        Arguments.of(EveryOp.ADD_COLUMN,
            "    // addColumn users.email\n    op.addColumn(\"users\", Column.of(\"email\", Type.varchar(320)));\n"),
        Arguments.of(EveryOp.ALTER_COLUMN, """
                // alterColumn users.name
                // retort:destructive values of users.name that do not fit the new type TEXT
                op.alterColumn("users", "name", ColumnChange.change().type(Type.TEXT));
            """),
        Arguments.of(EveryOp.RENAME_COLUMN, "    // alterColumn users.name\n"
            + "    op.alterColumn(\"users\", \"name\", ColumnChange.change().renameTo(\"full_name\"));\n"),
        Arguments.of(EveryOp.CREATE_INDEX,
            "    // createIndex ix_users_email on users\n    op.createIndex(Index.on(\"users\", \"email\").unique());\n"),
        Arguments.of(EveryOp.CREATE_UNIQUE, "    // createUniqueConstraint uq_users_age on users\n"
            + "    op.createUniqueConstraint(\"users\", UniqueConstraint.named(\"uq_users_age\", \"age\"));\n"),
        Arguments.of(EveryOp.CREATE_CHECK, "    // createCheckConstraint ck_users_age on users\n"
            + "    op.createCheckConstraint(\"users\", CheckConstraint.named(\"ck_users_age\", \"age > 0\"));\n"),
        Arguments.of(EveryOp.CREATE_FK, "    // createForeignKey fk_users_boss on users\n    op.createForeignKey(\"users\","
            + " ForeignKey.named(\"fk_users_boss\").columns(\"boss_id\").references(\"users\", \"id\").onDelete(\"SET NULL\"));\n"),
        Arguments.of(EveryOp.DROP_CONSTRAINT, "    // dropConstraintIfExists ck_users_age on users\n"
            + "    op.dropConstraintIfExists(\"users\", \"ck_users_age\");\n"),
        Arguments.of(EveryOp.DROP_INDEX,
            "    // dropIndexIfExists ix_users_email on users\n    op.dropIndexIfExists(\"users\", \"ix_users_email\");\n"),
        Arguments.of(EveryOp.DROP_COLUMN, """
                // dropColumnIfExists users.age
                // retort:destructive column users.age and its values
                op.dropColumnIfExists("users", "age");
            """),
        Arguments.of(EveryOp.RENAME_TABLE,
            "    // renameTable orders -> purchases\n    op.renameTable(\"orders\", \"purchases\");\n"),
        Arguments.of(EveryOp.DROP_TABLE, """
                // dropTableIfExists purchases
                // retort:destructive table purchases and all its rows
                op.dropTableIfExists("purchases");
            """),
        Arguments.of(new Op.ExecuteSql("CREATE VIEW v AS\nSELECT \"id\" FROM t"),
            "    // execute\n    op.execute(\"CREATE VIEW v AS\\nSELECT \\\"id\\\" FROM t\");\n"),
        Arguments.of(EveryOp.CREATE_VIEW, "    // createView adults\n"
            + "    op.createView(\"adults\", \"SELECT id FROM users WHERE age >= 18\");\n"),
        Arguments.of(EveryOp.DROP_VIEW, "    // dropViewIfExists adults\n    op.dropViewIfExists(\"adults\");\n"),
        Arguments.of(EveryOp.CREATE_SEQUENCE, "    // createSequence order_no\n"
            + "    op.createSequence(Sequence.named(\"order_no\").startWith(1000).incrementBy(10));\n"),
        Arguments.of(EveryOp.ALTER_SEQUENCE, "    // alterSequence order_no\n"
            + "    op.alterSequence(Sequence.named(\"order_no\").maxValue(5000000000L).cycle());\n"),
        Arguments.of(EveryOp.DROP_SEQUENCE, """
                // dropSequenceIfExists order_no
                // retort:destructive sequence order_no and its current value
                op.dropSequenceIfExists("order_no");
            """),
        Arguments.of(EveryOp.CREATE_ENUM,
            "    // createEnumType mood [sad, ok]\n    op.createEnumType(\"mood\", \"sad\", \"ok\");\n"),
        Arguments.of(EveryOp.ADD_ENUM_VALUE, "    // " + EveryOp.ADD_ENUM_VALUE.describe() + "\n"
            + "    op.addEnumValueAfter(\"mood\", \"happy\", \"ok\");\n"),
        Arguments.of(EveryOp.DROP_ENUM, "    // dropEnumType mood\n    op.dropEnumType(\"mood\");\n"),
        Arguments.of(EveryOp.SET_COMMENT, "    // setComment column users.age\n"
            + "    op.setColumnComment(\"users\", \"age\", \"in years\");\n"),
        Arguments.of(EveryOp.BULK_INSERT, """
                // bulkInsert users (1 rows)
                op.bulkInsert("users", List.of(
                    Map.of("id", 1, "name", "O'Brien")));
            """));
  }

  @ParameterizedTest
  @MethodSource("calls")
  void eachOperationKind_commentMarkerAndCall(Op op, String expected) {
    assertThat(new JavaRevisionRenderer().render(new DiffResult(List.of(op), List.of()), NONE).upgrade())
        .isEqualTo(expected);
  }

  @Test
  void render_importsWhatTheCallsUse_sorted() {
    RevisionBody body = new JavaRevisionRenderer().render(
        new DiffResult(List.of(EveryOp.ADD_COLUMN), List.of()), new DiffResult(List.of(EveryOp.DROP_INDEX), List.of()));

    assertThat(body.java()).isTrue();
    assertThat(body.imports()).containsExactly("dev.retort.migration.Column", "dev.retort.migration.Type");
    assertThat(body.downgrade()).isEqualTo(
        "    // dropIndexIfExists ix_users_email on users\n    op.dropIndexIfExists(\"users\", \"ix_users_email\");\n");
  }

  @Test
  void render_warningsOpenTheBody() {
    RevisionBody body = new JavaRevisionRenderer().render(
        new DiffResult(List.of(EveryOp.DROP_COLUMN), List.of("users.age dropped: a rename?")), NONE);

    assertThat(body.upgrade()).startsWith("    // warning: users.age dropped: a rename?\n\n    // dropColumnIfExists");
  }

  @Test
  void primaryKeyOperations_cannotBeWritten_rtM015NamesTheOperation() {
    for (Op op : List.of(EveryOp.CREATE_PK, EveryOp.DROP_PK)) {
      assertThatThrownBy(() -> new JavaRevisionRenderer().render(new DiffResult(List.of(op), List.of()), NONE))
          .isInstanceOfSatisfying(RetortException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.M015);
            assertThat(e.summary()).contains(op.describe());
            assertThat(e.hint()).contains("drop --java");
          });
    }
  }
}
