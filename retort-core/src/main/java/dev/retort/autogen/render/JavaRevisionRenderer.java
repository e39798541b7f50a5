package dev.retort.autogen.render;

import dev.retort.autogen.diff.DiffResult;
import dev.retort.ops.Op;
import dev.retort.ops.OpVisitor;
import java.util.Map;
import java.util.Optional;

/**
 * Writes the {@code upgrade} and {@code downgrade} method bodies of a Java revision from the diff,
 * as calls to the retort-migration-api {@code Operations} ({@code op.createTable(...)}, {@code
 * op.addColumn(...)}, ...): per operation a {@code // <what it does>} comment, a {@code //
 * retort:destructive <what is lost>} line when it loses data, and the call. The diff's warnings
 * open the body as {@code // warning: ...} comments. Drops use the {@code ...IfExists} methods.
 * An operation the API has no call for (adding or dropping a primary key on an existing table) is
 * refused with {@link UnwritableOperationException} (RT-M015).
 */
public final class JavaRevisionRenderer {
  private static final String INDENT = "    ";

  /** The two method bodies and the imports they need. */
  public RevisionBody render(DiffResult upgrade, DiffResult downgrade) {
    JavaSyntax syntax = new JavaSyntax();
    String up = body(upgrade, syntax);
    String down = body(downgrade, syntax);
    return new RevisionBody(true, syntax.imports(), up, down);
  }

  private static String body(DiffResult diff, JavaSyntax syntax) {
    StringBuilder out = new StringBuilder();
    for (String warning : diff.warnings()) {
      out.append(comment("warning: " + warning));
    }
    for (Op op : diff.ops()) {
      if (out.length() > 0) {
        out.append('\n');
      }
      Op written = IdempotentDrops.of(op);
      out.append(comment(written.describe()));
      Optional<String> loss = Destructive.loss(written);
      loss.ifPresent(what -> out.append(comment(Destructive.MARKER + " " + what)));
      out.append(INDENT).append(written.accept(new Calls(syntax))).append('\n');
    }
    return out.toString();
  }

  private static String comment(String text) {
    StringBuilder out = new StringBuilder();
    for (String line : text.split("\\R", -1)) {
      out.append(INDENT).append("// ").append(line.stripTrailing()).append('\n');
    }
    return out.toString();
  }

  /** One {@code op.<method>(...);} statement per operation. */
  private static final class Calls implements OpVisitor<String> {
    private final JavaSyntax syntax;

    Calls(JavaSyntax syntax) {
      this.syntax = syntax;
    }

    private static String call(String method, String... arguments) {
      return "op." + method + "(" + String.join(", ", arguments) + ");";
    }

    private static String lit(String s) {
      return JavaSyntax.literal(s);
    }

    @Override
    public String createTable(Op.CreateTable op) {
      String table = syntax.table(op.table());
      if (table == null) {
        throw new UnwritableOperationException(op.describe(), "a column's foreign key is not 'table(column)'");
      }
      return call("createTable", table);
    }

    @Override
    public String dropTable(Op.DropTable op) {
      return call(op.ifExists() ? "dropTableIfExists" : "dropTable", lit(op.table()));
    }

    @Override
    public String renameTable(Op.RenameTable op) {
      return call("renameTable", lit(op.from()), lit(op.to()));
    }

    @Override
    public String addColumn(Op.AddColumn op) {
      String column = syntax.column(op.column());
      if (column == null) {
        throw new UnwritableOperationException(op.describe(), "the column's foreign key is not 'table(column)'");
      }
      return call(op.ifNotExists() ? "addColumnIfNotExists" : "addColumn", lit(op.table()), column);
    }

    @Override
    public String dropColumn(Op.DropColumn op) {
      return call(op.ifExists() ? "dropColumnIfExists" : "dropColumn", lit(op.table()), lit(op.column()));
    }

    @Override
    public String alterColumn(Op.AlterColumn op) {
      return call("alterColumn", lit(op.table()), lit(op.column()), syntax.change(op.change()));
    }

    @Override
    public String createIndex(Op.CreateIndex op) {
      return call("createIndex", syntax.index(op.index()));
    }

    @Override
    public String dropIndex(Op.DropIndex op) {
      return call(op.ifExists() ? "dropIndexIfExists" : "dropIndex", lit(op.table()), lit(op.index()));
    }

    @Override
    public String createForeignKey(Op.CreateForeignKey op) {
      return call("createForeignKey", lit(op.table()), syntax.foreignKey(op.foreignKey()));
    }

    @Override
    public String createUniqueConstraint(Op.CreateUniqueConstraint op) {
      return call("createUniqueConstraint", lit(op.table()), syntax.unique(op.unique()));
    }

    @Override
    public String createCheckConstraint(Op.CreateCheckConstraint op) {
      return call("createCheckConstraint", lit(op.table()), syntax.check(op.check()));
    }

    @Override
    public String dropConstraint(Op.DropConstraint op) {
      return call(op.ifExists() ? "dropConstraintIfExists" : "dropConstraint", lit(op.table()), lit(op.constraint()));
    }

    @Override
    public String createPrimaryKey(Op.CreatePrimaryKey op) {
      throw new UnwritableOperationException(op.describe(),
          "the Operations API adds a primary key only with the table (Table.primaryKey), not to an existing one");
    }

    @Override
    public String dropPrimaryKey(Op.DropPrimaryKey op) {
      throw new UnwritableOperationException(op.describe(), "the Operations API has no call that drops a primary key");
    }

    @Override
    public String createView(Op.CreateView op) {
      return call(op.orReplace() ? "createOrReplaceView" : "createView", lit(op.name()), lit(op.definition()));
    }

    @Override
    public String dropView(Op.DropView op) {
      return call(op.ifExists() ? "dropViewIfExists" : "dropView", lit(op.name()));
    }

    @Override
    public String createSequence(Op.CreateSequence op) {
      return call("createSequence", syntax.sequence(op.sequence()));
    }

    @Override
    public String alterSequence(Op.AlterSequence op) {
      return call("alterSequence", syntax.sequence(op.sequence()));
    }

    @Override
    public String dropSequence(Op.DropSequence op) {
      return call(op.ifExists() ? "dropSequenceIfExists" : "dropSequence", lit(op.name()));
    }

    @Override
    public String createEnumType(Op.CreateEnumType op) {
      return call("createEnumType", lit(op.name()) + (op.values().isEmpty() ? "" : ", " + JavaSyntax.literals(op.values())));
    }

    @Override
    public String addEnumValue(Op.AddEnumValue op) {
      if (op.before() != null) {
        return call("addEnumValueBefore", lit(op.type()), lit(op.value()), lit(op.before()));
      }
      if (op.after() != null) {
        return call("addEnumValueAfter", lit(op.type()), lit(op.value()), lit(op.after()));
      }
      return call("addEnumValue", lit(op.type()), lit(op.value()));
    }

    @Override
    public String dropEnumType(Op.DropEnumType op) {
      return call(op.ifExists() ? "dropEnumTypeIfExists" : "dropEnumType", lit(op.name()));
    }

    @Override
    public String setComment(Op.SetComment op) {
      return switch (op.on()) {
        case TABLE -> call("setTableComment", lit(op.object()), lit(op.comment()));
        case COLUMN -> call("setColumnComment", lit(op.object()), lit(op.column()), lit(op.comment()));
        case VIEW -> call("setViewComment", lit(op.object()), lit(op.comment()));
      };
    }

    @Override
    public String execute(Op.ExecuteSql op) {
      return call("execute", lit(op.sql()));
    }

    @Override
    public String bulkInsert(Op.BulkInsert op) {
      StringBuilder rows = new StringBuilder(syntax.list()).append(".of(");
      boolean first = true;
      for (Map<String, Object> row : op.rows()) {
        String written = syntax.row(row);
        if (written == null) {
          throw new UnwritableOperationException(op.describe(),
              "a row holds more than 10 columns, a null or a value other than text, int, long or boolean");
        }
        rows.append(first ? "" : ",").append(JavaSyntax.CONTINUED).append(written);
        first = false;
      }
      return call("bulkInsert", lit(op.table()), rows.append(')').toString());
    }
  }
}
