package dev.retort.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Flyway's location prefixes, as Retort's version_locations. */
class LocationsTest {
  private static final Path BASEDIR = Path.of("/projects/shop");

  @Test
  void filesystemAndUnprefixed_areFoldersOfTheProject() {
    assertThat(Locations.toSetting(List.of("filesystem:db/retort", "migrations/../db/other"), BASEDIR))
        .isEqualTo("/projects/shop/db/retort,/projects/shop/db/other");
  }

  @Test
  void absoluteFolder_staysAbsolute() {
    assertThat(Locations.toSetting(List.of("filesystem:/srv/revisions"), BASEDIR)).isEqualTo("/srv/revisions");
  }

  @Test
  void classpath_isPassedOnAsWritten() {
    assertThat(Locations.toSetting(List.of(" classpath:db/retort ", ""), BASEDIR)).isEqualTo("classpath:db/retort");
  }

  @Test
  void commaSeparatedValue_givesEachLocation() {
    assertThat(Locations.toSetting(List.of("a, classpath:b"), BASEDIR)).isEqualTo("/projects/shop/a,classpath:b");
  }

  @Test
  void unknownPrefix_isRefusedNamingTheLocation() {
    assertThatThrownBy(() -> Locations.toSetting(List.of("s3:bucket/db"), BASEDIR))
        .isInstanceOfSatisfying(RetortException.class, e -> {
          assertThat(e.code()).isEqualTo(ErrorCode.C002);
          assertThat(e.summary()).isEqualTo("location 's3:bucket/db' has an unknown prefix");
        });
  }
}
