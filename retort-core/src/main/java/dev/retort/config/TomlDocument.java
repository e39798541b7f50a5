package dev.retort.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.toml.TomlFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A TOML document as plain values: tables are maps (keys in file order), arrays are lists, and
 * every scalar is its text. Read with Jackson's streaming TOML parser; no {@code ObjectMapper} is
 * built, which is most of what reading a small file with {@code TomlMapper} costs a short command.
 */
final class TomlDocument {
  private TomlDocument() {}

  /** The document's top-level table. */
  static Map<String, Object> parse(String text) throws IOException {
    try (JsonParser parser = new TomlFactory().createParser(text)) {
      JsonToken first = parser.nextToken();
      return first == JsonToken.START_OBJECT ? table(parser) : Map.of();
    }
  }

  private static Map<String, Object> table(JsonParser parser) throws IOException {
    Map<String, Object> table = new LinkedHashMap<>();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String key = parser.currentName();
      table.put(key, value(parser, parser.nextToken()));
    }
    return Collections.unmodifiableMap(table);
  }

  private static Object value(JsonParser parser, JsonToken token) throws IOException {
    if (token == JsonToken.START_OBJECT) {
      return table(parser);
    }
    if (token == JsonToken.START_ARRAY) {
      List<Object> items = new ArrayList<>();
      for (JsonToken next = parser.nextToken(); next != JsonToken.END_ARRAY; next = parser.nextToken()) {
        items.add(value(parser, next));
      }
      return Collections.unmodifiableList(items);
    }
    return parser.getText();
  }
}
