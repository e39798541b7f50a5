import dev.retort.api.Migration;
import dev.retort.api.Operations;
import dev.retort.api.Revision;

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
