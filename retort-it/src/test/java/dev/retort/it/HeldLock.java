package dev.retort.it;

import dev.retort.dialect.LeaseLock;
import dev.retort.dialect.LockWait;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * A migration lock the test holds the way a running Retort would, on one of the four databases,
 * until {@link #close()}: PostgreSQL's session advisory lock, MariaDB's {@code GET_LOCK}, the file
 * lock beside a SQLite database, H2's lease row (kept alive by its heartbeat).
 *
 * @param holder how Retort names the holder in its messages (the wait line and RT-L001)
 * @param release what gives the lock up
 */
record HeldLock(String holder, AutoCloseable release) implements AutoCloseable {
  /** The owner text of the SQLite and H2 holders, as a Retort process on another host writes it. */
  static final String OTHER_RETORT = "retort pid 4242 on deploy-host";

  @Override
  public void close() throws Exception {
    release.close();
  }

  /** PostgreSQL: the advisory lock keyed by FNV-1a 64 of {@code "retort:" + table}, on a session of its own. */
  static HeldLock postgres(TestDb db, String table) throws SQLException {
    Connection c = db.connect();
    long hash = 0xcbf29ce484222325L;
    for (byte b : ("retort:" + table).getBytes(StandardCharsets.UTF_8)) {
      hash ^= b & 0xff;
      hash *= 0x100000001b3L;
    }
    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
        "SELECT pg_advisory_lock(" + hash + "), pg_backend_pid()")) {
      rs.next();
      return new HeldLock("PostgreSQL backend pid " + rs.getInt(2) + " ", c);
    }
  }

  /** MariaDB: {@code GET_LOCK('retort:<database>.<table>')} on a session of its own. */
  static HeldLock mariaDb(MariaDbTestDb db, String table) throws SQLException {
    Connection c = db.connect();
    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
        "SELECT GET_LOCK('retort:" + db.name() + "." + table + "', 0), connection_id()")) {
      rs.next();
      if (rs.getInt(1) != 1) {
        throw new IllegalStateException("the test could not take the lock on " + db);
      }
      return new HeldLock("connection id " + rs.getLong(2) + " ", c);
    }
  }

  /** SQLite: an OS lock on the file beside the database, which names its holder. */
  static HeldLock sqlite(Path database) throws IOException {
    Path lockFile = database.resolveSibling(database.getFileName() + ".retort-lock");
    FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ,
        StandardOpenOption.WRITE);
    FileLock held = channel.lock();
    String owner = OTHER_RETORT + " since 2026-11-22T00:00:00Z";
    channel.write(ByteBuffer.wrap(owner.getBytes(StandardCharsets.UTF_8)), 0);
    return new HeldLock(owner, () -> {
      held.release();
      channel.close();
    });
  }

  /** H2: a live lease in {@code retort_lock}, taken and renewed by Retort's own lease lock. */
  static HeldLock h2(TestDb db, String table) throws SQLException {
    LeaseLock lease = LeaseLock.acquire(db::connect, table, OTHER_RETORT, Duration.ofSeconds(30),
        new LockWait(Duration.ZERO, () -> false));
    return new HeldLock(OTHER_RETORT + " [", lease);
  }
}
