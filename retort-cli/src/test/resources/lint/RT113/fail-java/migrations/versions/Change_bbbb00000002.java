package migrations;

import dev.retort.migration.Migration;
import dev.retort.migration.Operations;
import dev.retort.migration.Revision;

@Revision(id = "bbbb00000002", revises = {"aaaa00000001"}, message = "change", createDate = "2026-01-01T00:00:00Z")
final class Change_bbbb00000002 implements Migration {
  @Override
  public void upgrade(Operations op) {
    op.execute("CREATE INDEX CONCURRENTLY IF NOT EXISTS ix_users_id ON users (id)");
  }

  @Override
  public void downgrade(Operations op) {
    op.execute("DROP INDEX CONCURRENTLY IF EXISTS ix_users_id");
  }
}
