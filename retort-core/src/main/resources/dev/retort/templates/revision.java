import dev.retort.migration.Migration;
import dev.retort.migration.Operations;
import dev.retort.migration.Revision;

@Revision(
    id = "${id}",
    revises = {${revises_java}},
    message = "${message_java}",
    createDate = "${create_date}"${extra_java})
final class ${class_name} implements Migration {
  @Override
  public void upgrade(Operations op) {
  }

  @Override
  public void downgrade(Operations op) {
  }
}
