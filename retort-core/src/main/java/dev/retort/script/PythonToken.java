package dev.retort.script;

/**
 * One token of a Python file, as much of Python's lexical grammar as reading an Alembic revision
 * header needs.
 *
 * @param kind what the token is
 * @param text for a string, its value with escapes read (unless raw); otherwise the text as written
 * @param source the token as written in the file (a string with its prefix and quotes)
 * @param line the 1-based line the token starts on
 * @param column the 0-based column it starts at
 */
record PythonToken(Kind kind, String text, String source, int line, int column) {
  /** Token kinds. */
  enum Kind {
    /** A name or keyword ({@code revision}, {@code None}, {@code def}). */
    NAME,
    /** A plain string literal ({@code "a"}, {@code 'a'}, {@code r"a"}, triple-quoted). */
    STRING,
    /** A string literal evaluated at run time or of another type: an f-string, a bytes literal. */
    OTHER_STRING,
    /** A number. */
    NUMBER,
    /** An operator or delimiter ({@code =}, {@code :}, {@code (}, {@code +=}). */
    OP,
    /** The end of a logical line. */
    NEWLINE
  }

  boolean is(Kind wanted, String value) {
    return kind == wanted && text.equals(value);
  }

  boolean isOp(String value) {
    return is(Kind.OP, value);
  }
}
