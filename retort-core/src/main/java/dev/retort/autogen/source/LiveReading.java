package dev.retort.autogen.source;

import dev.retort.dialect.DatabaseUrl;
import dev.retort.dialect.Dialect;
import dev.retort.run.Connector;
import dev.retort.run.DatabaseState;
import dev.retort.schema.SchemaSnapshot;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * A live database read on a thread of its own while the caller builds the other side of a
 * comparison: through one connection, its version rows (where it stands, for the head check), then
 * its schema. The version rows are handed over as soon as they are read, so the caller can check
 * where the database stands (and go on building the other side) while the schema is still being
 * read. What fails is thrown where the caller asks for it ({@link #versionState()}, {@link
 * #snapshot()}), so errors come in the order a sequential read would give them.
 *
 * <p>A SQLite file that does not exist is not read ahead: opening it would create it. Its version
 * state is empty and its schema is read (and the file created) only when {@link #snapshot()} is
 * called, as a sequential comparison would.
 */
public final class LiveReading implements AutoCloseable {
  private final DatabaseUrl url;
  private final SnapshotReader reader;
  private final FutureTask<Result> task;
  /** Completed with the version rows (or their failure) before the schema is read. */
  private final CompletableFuture<Result> versionRows = new CompletableFuture<>();

  private LiveReading(DatabaseUrl url, Dialect dialect, SnapshotReader reader, String versionTable) {
    this.url = url;
    this.reader = reader;
    boolean absent = url.sqliteFile() != null && !Files.exists(url.sqliteFile());
    this.task = new FutureTask<>(() -> {
      try {
        return absent ? early(Result.missingFile()) : read(dialect, versionTable);
      } catch (RuntimeException | Error e) {
        versionRows.completeExceptionally(e);
        throw e;
      }
    });
  }

  /**
   * Starts reading the database at {@code url}: its version rows in {@code versionTable} first when
   * that is not null, then its schema.
   */
  public static LiveReading start(DatabaseUrl url, Dialect dialect, SnapshotReader reader, String versionTable) {
    LiveReading reading = new LiveReading(url, dialect, reader, versionTable);
    Thread thread = new Thread(reading.task, "retort-read-" + dialect.name());
    thread.setDaemon(true);
    thread.start();
    return reading;
  }

  /**
   * The version rows and whether the version table exists (no history, no width); waits for them,
   * not for the schema. Null when the reading was started without a version table.
   *
   * @throws dev.retort.error.RetortException RT-D002 when the database cannot be reached or read
   */
  public DatabaseState versionState() {
    Result result = await(versionRows);
    if (result.stateFailure != null) {
      throw result.stateFailure;
    }
    return result.state;
  }

  /**
   * The schema, as {@link SnapshotReader#read(DatabaseUrl)} reads it; waits for it.
   *
   * @throws dev.retort.error.RetortException RT-D002 when the database cannot be reached or read
   */
  public SchemaSnapshot snapshot() {
    Result result = result();
    if (result.absent) {
      return reader.read(url);
    }
    if (result.stateFailure != null) {
      throw result.stateFailure;
    }
    if (result.snapshotFailure != null) {
      throw result.snapshotFailure;
    }
    return result.snapshot;
  }

  /** Waits until the reading thread is done (it closes its connection itself). */
  @Override
  public void close() {
    try {
      task.get();
    } catch (ExecutionException e) {
      // thrown, if at all, by versionState() or snapshot()
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Hands {@code result} over as the version rows' result too, and returns it. */
  private Result early(Result result) {
    versionRows.complete(result);
    return result;
  }

  private Result read(Dialect dialect, String versionTable) {
    Connection connection;
    try {
      connection = Connector.open(url);
    } catch (RuntimeException e) {
      return early(Result.failed(e));
    }
    try {
      DatabaseState state = null;
      if (versionTable != null) {
        try {
          state = DatabaseState.versionRows(connection, url, dialect, versionTable);
        } catch (RuntimeException e) {
          return early(Result.failed(e));
        }
      }
      early(new Result(false, state, null, null, null));
      try {
        return new Result(false, state, null, reader.read(connection), null);
      } catch (RuntimeException e) {
        return new Result(false, state, null, null, e);
      }
    } finally {
      try {
        connection.close();
      } catch (SQLException e) {
        // a read-only session that fails to close has read what it read
      }
    }
  }

  private Result result() {
    return await(task);
  }

  private Result await(java.util.concurrent.Future<Result> future) {
    try {
      return future.get();
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(cause);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading " + url.redacted(), e);
    }
  }

  /** What the thread read, or the failure of each step. */
  private record Result(
      boolean absent, DatabaseState state, RuntimeException stateFailure, SchemaSnapshot snapshot,
      RuntimeException snapshotFailure) {
    static Result missingFile() {
      return new Result(true, DatabaseState.empty(), null, null, null);
    }

    static Result failed(RuntimeException e) {
      return new Result(false, null, e, null, null);
    }
  }
}
