package dev.retort.fleet;

import java.util.List;

/** Runs a {@code names_query}: the first column of every row of {@code sql} on the database at {@code url}. */
@FunctionalInterface
public interface NamesQuery {
  List<String> names(String url, String sql);
}
