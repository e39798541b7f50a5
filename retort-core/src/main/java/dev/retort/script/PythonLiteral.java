package dev.retort.script;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The value of an Alembic header assignment, read from its tokens without running anything:
 * {@code None}, a string (adjacent literals joined, as Python joins them), or a tuple, list or
 * set of strings ({@code ("a",)}, {@code ["a", "b"]}, brackets around a single string are just
 * brackets). Anything else (a name, a call, an f-string, an operator) has no value here.
 *
 * @param isNone whether the value is {@code None}
 * @param isString whether the value is one string rather than a collection
 * @param strings the strings, in order (empty for {@code None} and empty collections)
 */
record PythonLiteral(boolean isNone, boolean isString, List<String> strings) {
  PythonLiteral {
    strings = List.copyOf(strings);
  }

  /** The literal the tokens spell, or empty when they are not one. */
  static Optional<PythonLiteral> of(List<PythonToken> tokens) {
    if (tokens.size() == 1 && tokens.get(0).is(PythonToken.Kind.NAME, "None")) {
      return Optional.of(new PythonLiteral(true, false, List.of()));
    }
    Reader reader = new Reader(tokens);
    Optional<PythonLiteral> value = reader.value();
    return reader.atEnd() ? value : Optional.empty();
  }

  /** Reads one value from a position; returns empty at the first token that is not part of a literal. */
  private static final class Reader {
    private final List<PythonToken> tokens;
    private int at;

    Reader(List<PythonToken> tokens) {
      this.tokens = tokens;
    }

    boolean atEnd() {
      return at == tokens.size();
    }

    Optional<PythonLiteral> value() {
      if (atEnd()) {
        return Optional.empty();
      }
      PythonToken first = tokens.get(at);
      if (first.kind() == PythonToken.Kind.STRING) {
        StringBuilder joined = new StringBuilder();
        while (!atEnd() && tokens.get(at).kind() == PythonToken.Kind.STRING) {
          joined.append(tokens.get(at++).text());
        }
        return Optional.of(new PythonLiteral(false, true, List.of(joined.toString())));
      }
      if (first.isOp("(") || first.isOp("[") || first.isOp("{")) {
        return collection(first.text());
      }
      return Optional.empty();
    }

    private Optional<PythonLiteral> collection(String opener) {
      String closer = opener.equals("(") ? ")" : opener.equals("[") ? "]" : "}";
      at++;
      List<String> items = new ArrayList<>();
      boolean comma = false;
      while (!atEnd() && !tokens.get(at).isOp(closer)) {
        Optional<PythonLiteral> item = value();
        if (item.isEmpty() || item.get().isNone()) {
          return Optional.empty();
        }
        items.addAll(item.get().strings());
        if (!atEnd() && tokens.get(at).isOp(",")) {
          comma = true;
          at++;
        } else if (atEnd() || !tokens.get(at).isOp(closer)) {
          return Optional.empty();
        }
        if (!comma && opener.equals("(") && !atEnd() && tokens.get(at).isOp(closer) && items.size() == 1) {
          // ("a") is the string "a" in brackets, not a tuple
          at++;
          return Optional.of(new PythonLiteral(false, true, items));
        }
      }
      if (atEnd()) {
        return Optional.empty();
      }
      at++;
      return Optional.of(new PythonLiteral(false, false, items));
    }
  }
}
