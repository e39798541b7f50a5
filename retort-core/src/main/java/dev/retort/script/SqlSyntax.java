package dev.retort.script;

/**
 * How a database's SQL quotes and comments, as far as splitting a script into statements needs
 * to know: a semicolon inside a string, a quoted name or a comment does not end a statement.
 *
 * @param backslashEscapes a backslash escapes the next character inside {@code '...'} and {@code
 *     "..."} ({@code 'it\'s'}); elsewhere only {@code E'...'} strings have them
 * @param hashComments {@code #} starts a comment that runs to the end of the line
 * @param backtickNames {@code `...`} quotes a name (a doubled backtick stands for one)
 * @param dollarQuotes {@code $$...$$} and {@code $tag$...$tag$} quote a string
 */
public record SqlSyntax(boolean backslashEscapes, boolean hashComments, boolean backtickNames, boolean dollarQuotes) {
  /** Standard SQL with PostgreSQL's dollar quotes: SQLite, PostgreSQL and H2 split alike with it. */
  public static final SqlSyntax STANDARD = new SqlSyntax(false, false, false, true);
}
