package dev.retort.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON value read with the streaming parser, with the line it starts on, so that readers can
 * say where a value they refuse is. {@code value} is a {@code Map<String, JsonTree>}, a {@code
 * List<JsonTree>}, a String, a Number, a Boolean, or null.
 *
 * @param value the value
 * @param line the 1-based line its first token is on
 */
record JsonTree(Object value, int line) {
  /** Reads the value that starts at the parser's current token (the parser is left on its last token). */
  static JsonTree read(JsonParser parser) throws IOException {
    int line = parser.currentTokenLocation().getLineNr();
    JsonToken token = parser.currentToken();
    return switch (token) {
      case START_OBJECT -> new JsonTree(readObject(parser), line);
      case START_ARRAY -> new JsonTree(readArray(parser), line);
      case VALUE_STRING -> new JsonTree(parser.getText(), line);
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> new JsonTree(parser.getNumberValue(), line);
      case VALUE_TRUE -> new JsonTree(Boolean.TRUE, line);
      case VALUE_FALSE -> new JsonTree(Boolean.FALSE, line);
      default -> new JsonTree(null, line);
    };
  }

  private static Map<String, JsonTree> readObject(JsonParser parser) throws IOException {
    Map<String, JsonTree> fields = new LinkedHashMap<>();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      parser.nextToken();
      fields.put(name, read(parser));
    }
    return Collections.unmodifiableMap(fields);
  }

  private static List<JsonTree> readArray(JsonParser parser) throws IOException {
    List<JsonTree> items = new ArrayList<>();
    for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY && token != null;
        token = parser.nextToken()) {
      items.add(read(parser));
    }
    return Collections.unmodifiableList(items);
  }

  /** What kind of value this is, for messages: "an object", "a string", "null", ... */
  String kind() {
    if (value instanceof Map) {
      return "an object";
    }
    if (value instanceof List) {
      return "an array";
    }
    if (value instanceof String) {
      return "a string";
    }
    if (value instanceof Number) {
      return "a number";
    }
    if (value instanceof Boolean) {
      return "a boolean";
    }
    return "null";
  }
}
