package dev.retort.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Renaming a Java revision on a SQLite file: the annotation, the class named after the id, the file name. */
class IdRewriteJavaTest {
  private static final String OLD = "create_accounts_table_written_in_java_2023";
  private static final String CHILD = "aaaa00000002";

  @TempDir Path dir;

  private Retort retort() {
    return Retort.configure().workingDirectory(dir).url("sqlite:app.db").load();
  }

  @Test
  void javaRevision_renamed_compilesAndRunsUnderTheNewId() throws Exception {
    Path versions = Files.createDirectories(dir.resolve("migrations/versions"));
    Files.writeString(versions.resolve(OLD + "_create_accounts.java"), """
        import dev.retort.migration.Migration;
        import dev.retort.migration.Operations;
        import dev.retort.migration.Revision;

        @Revision(
            id = "%1$s",
            revises = {},
            message = "create accounts")
        final class CreateAccounts_%1$s implements Migration {
          @Override
          public void upgrade(Operations op) {
            op.execute("CREATE TABLE accounts (id INTEGER PRIMARY KEY)");
          }

          @Override
          public void downgrade(Operations op) {
            op.execute("DROP TABLE accounts");
          }
        }
        """.formatted(OLD));
    RenameProject.revision(versions, CHILD, OLD, "", "add ledger", "ledger");
    retort().upgrade("heads");

    IdRewriteResult result = retort().renameRevision(OLD, "0a0a0a0a0a0a", IdRewriteOptions.defaults());

    Path renamed = versions.resolve("0a0a0a0a0a0a_create_accounts.java");
    assertThat(result.files()).extracting(RenamedFile::after).contains(renamed);
    assertThat(versions.resolve(OLD + "_create_accounts.java")).doesNotExist();
    assertThat(Files.readString(renamed)).contains("id = \"0a0a0a0a0a0a\"", "final class CreateAccounts_0a0a0a0a0a0a ")
        .doesNotContain(OLD);
    Retort after = retort();
    assertThat(after.status()).extracting(s -> s.id() + " " + s.state())
        .containsExactly("0a0a0a0a0a0a APPLIED", CHILD + " APPLIED");
    after.downgrade("base");
    assertThat(ApiProject.tables(dir.resolve("app.db"))).isEmpty();
    retort().upgrade("heads");
    assertThat(ApiProject.tables(dir.resolve("app.db"))).containsExactly("accounts", "ledger");
    assertThat(ApiProject.column(dir.resolve("app.db"), "SELECT version_num FROM retort_version"))
        .isEqualTo(List.of(CHILD));
  }
}
