package dev.retort.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.api.Retort;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.jdbc.core.JdbcTemplate;

/** The {@code retort.*} properties: a mistyped name or a value of the wrong type stops the start-up readably. */
class PropertiesTest {
  @TempDir Path dir;

  @Test
  void unknownProperty_stopsTheStartUp_withThePropertyMeant() {
    new RevisionFiles(dir.resolve("db/retort")).writeItemsAndTags();

    Apps.sqlite(dir).withPropertyValues("retort.locatons=db/migration").run(context -> {
      FailureAnalysis analysis = Apps.analyze(context.getStartupFailure());
      assertThat(analysis.getDescription())
          .contains("error[RT-C002]: unknown property retort.locatons")
          .contains("Retort's properties: retort.enabled, retort.locations, retort.target");
      assertThat(analysis.getAction()).startsWith("did you mean retort.locations?");
    });
  }

  @Test
  void valueOfTheWrongType_stopsTheStartUp_withAValidValue() {
    Apps.sqlite(dir).withPropertyValues("retort.validate-on-migrate=sometimes").run(context -> {
      FailureAnalysis analysis = Apps.analyze(context.getStartupFailure());
      assertThat(analysis.getDescription())
          .contains("error[RT-C002]: retort.validate-on-migrate is 'sometimes', which is not true or false");
      assertThat(analysis.getAction()).startsWith("retort.validate-on-migrate=true");
    });
  }

  @Test
  void enabledFalse_leavesTheDatabaseAlone() throws Exception {
    new RevisionFiles(dir.resolve("db/retort")).writeItemsAndTags();

    Apps.sqlite(dir).withPropertyValues("retort.enabled=false").run(context -> {
      assertThat(context).hasNotFailed().doesNotHaveBean(Retort.class).hasSingleBean(JdbcTemplate.class);
      context.getBean(JdbcTemplate.class).execute("SELECT 1");
    });

    assertThat(Tables.in(dir.resolve("app.db"))).isEmpty();
  }

  @Test
  void toString_hidesThePassword() {
    RetortProperties properties = new RetortProperties(true, List.of("db/retort"), "heads", "postgresql://db/app",
        "owner", "s3cret-pw", null, Duration.ofSeconds(60), true, false, false, Map.of());

    assertThat(properties.toString()).contains("user=owner", "password=***").doesNotContain("s3cret-pw");
  }
}
