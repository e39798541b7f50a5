package dev.retort.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.api.Retort;
import dev.retort.spring.actuate.RetortBoot4HealthAutoConfiguration;
import dev.retort.spring.actuate.RetortEndpointAutoConfiguration;
import dev.retort.spring.actuate.RetortHealthAutoConfiguration;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;

/** Actuator is optional: without it on the class path, Retort migrates and adds no endpoint or health bean. */
class WithoutActuatorTest {
  @TempDir Path dir;

  @Test
  void withoutActuator_migratesAndAddsNoActuatorBeans() throws Exception {
    new RevisionFiles(dir.resolve("db/retort")).writeItemsAndTags();

    Apps.sqlite(dir)
        .withConfiguration(AutoConfigurations.of(RetortEndpointAutoConfiguration.class,
            RetortHealthAutoConfiguration.class, RetortBoot4HealthAutoConfiguration.class))
        .withClassLoader(new FilteredClassLoader("org.springframework.boot.actuate", "org.springframework.boot.health"))
        .run(context -> {
          assertThat(context).hasNotFailed().hasSingleBean(Retort.class);
          assertThat(context.getBeanNamesForType(Object.class))
              .noneMatch(name -> name.startsWith("retortEndpoint") || name.startsWith("retortHealth"));
        });

    assertThat(Tables.in(dir.resolve("app.db"))).contains("items", "tags");
  }
}
