package dev.retort.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.retort.dialect.DatabaseUrl;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ConnectorTest {
  private static final Path HERE = Path.of(".");

  @Test
  void open_badPortWithAOneLetterPassword_messageIsReadableAndHidesThePassword() {
    DatabaseUrl url = DatabaseUrl.parse("postgresql://app:p@localhost:99999/shop", HERE);

    RunException e = catchThrowableOfType(() -> Connector.open(url), RunException.class);

    assertThat(e.getMessage()).contains("cannot connect to postgresql://app:***@localhost:99999/shop");
    assertThat(e.getMessage()).doesNotContain("***arse").doesNotContain("jdbc:***");
  }

  @Test
  void withoutPassword_shortPassword_replacedOnlyAsAWordOfItsOwn() {
    DatabaseUrl url = DatabaseUrl.parse("postgresql://app:p@localhost/shop", HERE);

    assertThat(Connector.withoutPassword("Unable to parse the value p for a property", url))
        .isEqualTo("Unable to parse the value *** for a property");
  }

  @Test
  void withoutPassword_longPassword_replacedWhereverItStands() {
    DatabaseUrl url = DatabaseUrl.parse("postgresql://app:s3cret@PW@localhost/shop", HERE);

    assertThat(Connector.withoutPassword("auth failed (xs3cret@PWx)", url))
        .isEqualTo("auth failed (x***x)")
        .doesNotContain("s3cret");
  }

  @Test
  void withoutPassword_quotedJdbcUrl_isShownRedacted() {
    DatabaseUrl url = DatabaseUrl.parse("jdbc:postgresql://localhost:5432/shop?user=app&password=hunter22", HERE);

    assertThat(Connector.withoutPassword("Unable to parse URL " + url.jdbcUrl(), url))
        .doesNotContain("hunter22")
        .startsWith("Unable to parse URL ");
  }
}
