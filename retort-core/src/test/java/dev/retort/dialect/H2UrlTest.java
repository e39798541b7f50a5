package dev.retort.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.dialect.h2.H2Dialect;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** H2 URLs: the JDBC and short forms, relative paths against the project folder, and the files H2 keeps. */
class H2UrlTest {
  private static final Path PROJECT = Path.of("/work/project");

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "h2:./data/app                   | jdbc:h2:/work/project/data/app;DB_CLOSE_ON_EXIT=FALSE",
    "h2:data/app                     | jdbc:h2:/work/project/data/app;DB_CLOSE_ON_EXIT=FALSE",
    "h2:file:data/app                | jdbc:h2:/work/project/data/app;DB_CLOSE_ON_EXIT=FALSE",
    "h2:/var/db/app                  | jdbc:h2:/var/db/app;DB_CLOSE_ON_EXIT=FALSE",
    "jdbc:h2:./app;MODE=PostgreSQL   | jdbc:h2:/work/project/app;MODE=PostgreSQL;DB_CLOSE_ON_EXIT=FALSE",
    "jdbc:h2:../shared/app;AUTO_SERVER=TRUE | jdbc:h2:/work/shared/app;AUTO_SERVER=TRUE",
    "jdbc:h2:file:/var/db/app        | jdbc:h2:/var/db/app;DB_CLOSE_ON_EXIT=FALSE",
    "h2:mem:test                     | jdbc:h2:mem:test",
    "jdbc:h2:mem:test;DB_CLOSE_DELAY=-1 | jdbc:h2:mem:test;DB_CLOSE_DELAY=-1",
    "jdbc:h2:tcp://db.example.com:9092/~/app | jdbc:h2:tcp://db.example.com:9092/~/app",
    "jdbc:h2:~/app                   | jdbc:h2:~/app;DB_CLOSE_ON_EXIT=FALSE",
    "jdbc:h2:./app;DB_CLOSE_ON_EXIT=TRUE | jdbc:h2:/work/project/app;DB_CLOSE_ON_EXIT=TRUE",
  })
  void parse_givesSchemeH2_andMakesRelativeFilePathsAbsoluteAgainstTheProject(String url, String jdbc) {
    DatabaseUrl parsed = DatabaseUrl.parse(url, PROJECT);
    assertThat(parsed.scheme()).isEqualTo("h2");
    assertThat(parsed.jdbcUrl()).isEqualTo(jdbc);
    assertThat(parsed.sqliteFile()).isNull();
  }

  @Test
  void parse_passwordSetting_isMaskedWhereTheUrlIsShown() {
    DatabaseUrl parsed = DatabaseUrl.parse("jdbc:h2:./app;USER=sa;PASSWORD=s3cret;MODE=MySQL", PROJECT);
    assertThat(parsed.toString()).isEqualTo("jdbc:h2:./app;USER=sa;PASSWORD=***;MODE=MySQL").doesNotContain("s3cret");
  }

  @Test
  void localFiles_ofAFileDatabase_areItsDataTraceAndLockFiles() {
    H2Dialect h2 = new H2Dialect();
    assertThat(h2.localFiles(DatabaseUrl.parse("h2:./data/app;AUTO_SERVER=TRUE", PROJECT))).containsExactly(
        Path.of("/work/project/data/app.mv.db"), Path.of("/work/project/data/app.trace.db"),
        Path.of("/work/project/data/app.lock.db"));
    assertThat(h2.localFiles(DatabaseUrl.parse("h2:mem:app", PROJECT))).isEmpty();
    assertThat(h2.localFiles(DatabaseUrl.parse("jdbc:h2:tcp://localhost/~/app", PROJECT))).isEmpty();
  }

  @Test
  void registry_findsTheH2Dialect() {
    Dialect dialect = DialectRegistry.loadInstalled().forUrl(DatabaseUrl.parse("h2:mem:x", PROJECT));
    assertThat(dialect.name()).isEqualTo("h2");
    assertThat(dialect.capabilities().transactionalDdl()).isFalse();
    assertThat(dialect.capabilities().sessionLock()).isFalse();
  }
}
