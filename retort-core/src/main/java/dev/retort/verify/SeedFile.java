package dev.retort.verify;

import dev.retort.dialect.DatabaseUrl;
import dev.retort.error.ErrorCode;
import dev.retort.error.Location;
import dev.retort.error.Paths;
import dev.retort.error.Utf8Text;
import dev.retort.graph.RevisionId;
import dev.retort.run.Connector;
import dev.retort.script.SqlSplitter;
import dev.retort.script.SqlStatement;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;

/**
 * A SQL file of rows ({@code --seed REV=FILE}) run just before a revision's first upgrade, so that
 * a data migration runs with rows present. Read and split when created, so a missing file stops
 * {@code verify} before anything runs.
 */
final class SeedFile {
  private final Path file;
  private final List<SqlStatement> statements;

  private SeedFile(Path file, List<SqlStatement> statements) {
    this.file = file;
    this.statements = List.copyOf(statements);
  }

  /**
   * Reads and splits {@code file}, the seed of {@code revision}.
   *
   * @throws VerifyException RT-T002 when it cannot be read
   */
  static SeedFile read(RevisionId revision, Path file) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new VerifyException(ErrorCode.T002, Location.of(file),
          "cannot read the seed file of " + revision + ": " + (Files.exists(file) ? e.getMessage() : "it does not exist"),
          List.of(), "give an existing SQL file: --seed " + revision + "=<file.sql>", e);
    }
    return new SeedFile(file, SqlSplitter.split(Utf8Text.decode(file, bytes, ErrorCode.T002), 1));
  }

  /** Runs every statement on {@code url}, committed together; the failed check, or empty when all ran. */
  Optional<CheckResult> run(DatabaseUrl url) {
    try (Connection connection = Connector.open(url)) {
      connection.setAutoCommit(false);
      for (SqlStatement statement : statements) {
        Optional<CheckResult> failed = run(connection, statement);
        if (failed.isPresent()) {
          connection.rollback();
          return failed;
        }
      }
      connection.commit();
      return Optional.empty();
    } catch (SQLException e) {
      return Optional.of(CheckResult.failed("seed", "seed " + Paths.display(file) + " cannot run: " + e.getMessage(),
          List.of()));
    }
  }

  private Optional<CheckResult> run(Connection connection, SqlStatement statement) {
    try (Statement jdbc = connection.createStatement()) {
      jdbc.execute(statement.sql());
      return Optional.empty();
    } catch (SQLException e) {
      String sql = statement.sql().strip();
      String shown = sql.length() > 200 ? sql.substring(0, 200) + "…" : sql;
      String message = e.getMessage() == null ? e.toString() : e.getMessage().strip();
      return Optional.of(CheckResult.failed("seed",
          "seed " + new Location(file, statement.line()) + " fails: " + message.lines().findFirst().orElse(message),
          List.of("statement: " + shown.replace("\n", "\n             "))));
    }
  }
}
