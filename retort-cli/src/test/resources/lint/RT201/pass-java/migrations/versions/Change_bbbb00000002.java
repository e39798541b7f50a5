package migrations;

import dev.retort.migration.Column;
import dev.retort.migration.Migration;
import dev.retort.migration.Operations;
import dev.retort.migration.Revision;
import dev.retort.migration.Table;
import dev.retort.migration.Type;

@Revision(id = "bbbb00000002", revises = {"aaaa00000001"}, message = "change", createDate = "2026-01-01T00:00:00Z")
final class Change_bbbb00000002 implements Migration {
  private static final String LEGACY = "DROP TABLE legacy";

  @Override
  public void upgrade(Operations op) {
    // op.execute("DROP TABLE users");
    op.execute("""
        DROP INDEX IF EXISTS ix_users_name
        """);
    op.execute(LEGACY);
    op.createTable(Table.named("audit").column(Column.of("id", Type.INTEGER).primaryKey()));
    op.execute("CREATE INDEX ix_audit_id " + "ON audit (id)");
  }

  @Override
  public void downgrade(Operations op) {
    op.execute("DROP TABLE audit");
    op.execute("CREATE INDEX IF NOT EXISTS ix_users_name ON users (name)");
  }
}
