package migrations;

import dev.retort.api.Migration;
import dev.retort.api.Operations;
import dev.retort.api.Revision;

@Revision(id = "bbbb00000002", revises = "aaaa00000001",
    message = "change\nDROP TABLE t_aaaa00000001; -- x")
public final class Change_bbbb00000002 implements Migration {
  @Override
  public void upgrade(Operations op) {
    op.execute("CREATE TABLE t_bbbb00000002 (id INT PRIMARY KEY)");
  }

  @Override
  public void downgrade(Operations op) {
    op.execute("DROP TABLE t_bbbb00000002");
  }
}
