package dev.retort.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.api.Retort;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A {@link RetortMigrationStrategy} bean replaces the default upgrade. */
class MigrationStrategyTest {
  @TempDir Path dir;

  @Test
  void strategyBean_runsInsteadOfTheUpgrade() throws Exception {
    new RevisionFiles(dir.resolve("db/retort")).writeItemsAndTags();
    List<Retort> calls = new ArrayList<>();
    RetortMigrationStrategy stampOnly = retort -> {
      calls.add(retort);
      retort.stamp("heads");
    };

    Apps.sqlite(dir).withBean(RetortMigrationStrategy.class, () -> stampOnly).run(context -> {
      assertThat(context).hasNotFailed();
      assertThat(calls).containsExactly(context.getBean(Retort.class));
    });

    assertThat(Tables.in(dir.resolve("app.db"))).doesNotContain("items", "tags");
    assertThat(Tables.strings(dir.resolve("app.db"), "SELECT version_num FROM retort_version"))
        .containsExactly(RevisionFiles.TAGS);
  }
}
