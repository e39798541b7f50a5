package dev.retort.autogen.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DiffOptionsTest {
  @Test
  void reversed_columnHintKeyedByTheOldTableName() {
    DiffOptions hints = DiffOptions.none().renameTable("people", "persons").renameColumn("persons", "mail", "email");
    DiffOptions back = hints.reversed();
    assertThat(back.tableRenames()).isEqualTo(Map.of("persons", "people"));
    assertThat(back.columnRenames()).isEqualTo(Map.of("people.email", "mail"));
    assertThat(back.reversed()).isEqualTo(hints);
  }

  @Test
  void oldColumnName_onlyForThatTable() {
    DiffOptions hints = DiffOptions.none().renameColumn("t", "a", "b");
    assertThat(hints.oldColumnName("t", "b")).isEqualTo("a");
    assertThat(hints.oldColumnName("u", "b")).isNull();
    assertThat(hints.oldColumnName("t", "a")).isNull();
  }
}
