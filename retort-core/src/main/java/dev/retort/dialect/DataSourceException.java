package dev.retort.dialect;

import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import java.sql.SQLException;
import java.util.List;

/** An application's {@link javax.sql.DataSource} that gave no connection, or one on a database Retort does not know. */
public final class DataSourceException extends RetortException {
  private static final long serialVersionUID = 1L;

  DataSourceException(SQLException cause) {
    super(ErrorCode.D002, null, "the DataSource gave no connection: " + cause.getMessage(), List.of(),
        "check the data source's URL, user and password, and that the database is running", cause);
  }
}
