package dev.retort.run;

import dev.retort.dialect.DatabaseUrl;
import dev.retort.dialect.Dialect;
import dev.retort.error.ErrorCode;
import dev.retort.run.repeatable.RepeatableStore;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/** Reads {@code retort_repeatable} for {@code status}: a read without the migration lock. */
public final class RepeatableChecksums {
  private RepeatableChecksums() {}

  /** The checksum recorded for each applied repeatable revision, by name. */
  public static Map<String, String> read(DatabaseUrl url, Dialect dialect) {
    try (Connection connection = Connector.open(url)) {
      return new RepeatableStore(connection, dialect).checksums();
    } catch (SQLException e) {
      throw new RunException(ErrorCode.D002, null, "cannot read " + url.redacted() + ": " + e.getMessage(), List.of(),
          "check the database is reachable and the user may read " + RepeatableStore.TABLE, e);
    }
  }
}
