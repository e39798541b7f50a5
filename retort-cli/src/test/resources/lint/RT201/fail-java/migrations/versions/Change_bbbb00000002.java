package migrations;

import dev.retort.migration.Migration;
import dev.retort.migration.Operations;
import dev.retort.migration.Revision;

@Revision(id = "bbbb00000002", revises = {"aaaa00000001"}, message = "change", createDate = "2026-01-01T00:00:00Z")
final class Change_bbbb00000002 implements Migration {
  @Override
  public void upgrade(Operations op) {
    // op.execute("DROP TABLE users");
    op.execute("ALTER TABLE users ADD COLUMN note TEXT");
    op.execute(
        "DROP INDEX ix_users_name");
  }

  @Override
  public void downgrade(Operations op) {
    op.execute("CREATE INDEX IF NOT EXISTS ix_users_name ON users (name)");
    op.execute("ALTER TABLE users DROP COLUMN note");
  }
}
