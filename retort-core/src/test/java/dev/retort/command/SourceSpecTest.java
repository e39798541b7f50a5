package dev.retort.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The forms {@code --from} and {@code --to} accept. */
class SourceSpecTest {
  @TempDir Path dir;

  @Test
  void keywords_packages_urls_files_andFolders() throws Exception {
    Files.writeString(dir.resolve("schema.sql"), "");
    Files.createDirectories(dir.resolve("db/schema"));
    assertThat(SourceSpec.parse("migrations", dir)).isEqualTo(new SourceSpec.Migrations());
    assertThat(SourceSpec.parse(" schema ", dir)).isEqualTo(new SourceSpec.ConfiguredSchema());
    assertThat(SourceSpec.parse("jpa:com.example.model", dir)).isEqualTo(new SourceSpec.Entities("com.example.model"));
    assertThat(SourceSpec.parse("sqlite:app.db", dir)).isEqualTo(new SourceSpec.Live("sqlite:app.db", dir));
    assertThat(SourceSpec.parse("postgresql://u:secret@h/db", dir)).isInstanceOf(SourceSpec.Live.class)
        .asString().doesNotContain("secret");
    assertThat(SourceSpec.parse("jdbc:postgresql://h/db", dir)).isInstanceOf(SourceSpec.Live.class);
    assertThat(SourceSpec.parse("schema.sql", dir)).isEqualTo(new SourceSpec.SqlFiles(dir.resolve("schema.sql")));
    assertThat(SourceSpec.parse("db/schema", dir)).isEqualTo(new SourceSpec.SqlFiles(dir.resolve("db/schema")));
  }

  @Test
  void unknownText_missingFile_badPackage_areM003() {
    for (String text : new String[] {"nonsense", "missing.sql", "db/none", "jpa:com..x", ""}) {
      assertThatThrownBy(() -> SourceSpec.parse(text, dir)).as(text)
          .isInstanceOfSatisfying(RetortException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.M003));
    }
  }
}
