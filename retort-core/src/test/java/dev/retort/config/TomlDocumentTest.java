package dev.retort.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TomlDocumentTest {
  @Test
  void scalarsArraysAndTables_becomeTextListsAndMapsInFileOrder() throws Exception {
    Map<String, Object> doc = TomlDocument.parse("""
        url = "sqlite:x.db"
        version_column_width = 64
        transaction_per_migration = false
        version_locations = ["a", "b/c"]
        nested = [[1, 2], ["x"]]

        [lint]
        RT111 = "off"
        RT304 = "error"
        """);

    assertThat(doc.keySet()).containsExactly("url", "version_column_width", "transaction_per_migration", "version_locations", "nested", "lint");
    assertThat(doc.get("url")).isEqualTo("sqlite:x.db");
    assertThat(doc.get("version_column_width")).isEqualTo("64");
    assertThat(doc.get("transaction_per_migration")).isEqualTo("false");
    assertThat(doc.get("version_locations")).isEqualTo(List.of("a", "b/c"));
    assertThat(doc.get("nested")).isEqualTo(List.of(List.of("1", "2"), List.of("x")));
    assertThat(doc.get("lint")).isEqualTo(Map.of("RT111", "off", "RT304", "error"));
    assertThat(List.copyOf(((Map<?, ?>) doc.get("lint")).keySet())).isEqualTo(List.of("RT111", "RT304"));
  }

  @Test
  void emptyDocument_isAnEmptyTable() throws Exception {
    assertThat(TomlDocument.parse("")).isEmpty();
    assertThat(TomlDocument.parse("# only a comment\n")).isEmpty();
  }

  @Test
  void invalidToml_failsWithTheLine() {
    assertThatThrownBy(() -> TomlDocument.parse("url = \"a\"\nwidth = = 3\n"))
        .isInstanceOf(JsonProcessingException.class)
        .satisfies(e -> assertThat(((JsonProcessingException) e).getLocation().getLineNr()).isEqualTo(2));
  }
}
