package dev.retort.bench;

import dev.retort.dialect.SchemaLookup;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@link SchemaLookup} that passes every query on and keeps what it cost: the wall time spent
 * inside {@code query} (the statement, the rows over the wire and their copy into lists), the
 * number of queries and rows, and the queries themselves, so that {@link AutogenCheckBenchmark} can
 * replay them over plain JDBC. One instance per reflection; not thread-safe.
 */
final class RecordingLookup implements SchemaLookup {
  /** One query as the reflector sent it. */
  record Query(String sql, List<Object> parameters) {}

  private final SchemaLookup inner;
  private final List<Query> queries = new ArrayList<>();
  private long nanos;
  private long rows;

  RecordingLookup(SchemaLookup inner) {
    this.inner = inner;
  }

  @Override
  public List<List<Object>> query(String sql, Object... parameters) {
    long start = System.nanoTime();
    try {
      List<List<Object>> result = inner.query(sql, parameters);
      rows += result.size();
      return result;
    } finally {
      nanos += System.nanoTime() - start;
      queries.add(new Query(sql, java.util.Arrays.asList(parameters.clone())));
    }
  }

  @Override
  public boolean inTransaction() {
    return inner.inTransaction();
  }

  List<Query> queries() {
    return List.copyOf(queries);
  }

  long nanos() {
    return nanos;
  }

  long rows() {
    return rows;
  }
}
