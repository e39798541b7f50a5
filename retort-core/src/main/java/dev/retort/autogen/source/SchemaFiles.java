package dev.retort.autogen.source;

import dev.retort.autogen.scratch.ScratchDatabase;
import dev.retort.error.ErrorCode;
import dev.retort.error.Location;
import dev.retort.error.Paths;
import dev.retort.error.Utf8Text;
import dev.retort.run.Connector;
import dev.retort.schema.SchemaSnapshot;
import dev.retort.script.SqlSplitter;
import dev.retort.script.SqlStatement;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * The desired schema written as SQL: one {@code .sql} file, or a folder of them applied in name
 * order. The statements are run one by one on a scratch database, which is then reflected.
 */
public final class SchemaFiles {
  private final Path location;
  private final List<Path> files;

  private SchemaFiles(Path location, List<Path> files) {
    this.location = location;
    this.files = List.copyOf(files);
  }

  /**
   * The file, or the {@code .sql} files directly in the folder sorted by name.
   *
   * @throws SchemaSourceException RT-M003 when it does not exist or is neither a folder nor a {@code .sql} file
   */
  public static SchemaFiles at(Path fileOrFolder) {
    if (Files.isDirectory(fileOrFolder)) {
      try (Stream<Path> children = Files.list(fileOrFolder)) {
        List<Path> sql = children.filter(p -> p.getFileName().toString().endsWith(".sql") && Files.isRegularFile(p))
            .sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString())).toList();
        return new SchemaFiles(fileOrFolder, sql);
      } catch (IOException e) {
        throw unknown(fileOrFolder, "cannot list the folder: " + e.getMessage());
      }
    }
    if (Files.isRegularFile(fileOrFolder) && fileOrFolder.getFileName().toString().endsWith(".sql")) {
      return new SchemaFiles(fileOrFolder, List.of(fileOrFolder));
    }
    throw unknown(fileOrFolder, Files.exists(fileOrFolder) ? "it is not a .sql file or a folder" : "it does not exist");
  }

  private static SchemaSourceException unknown(Path path, String why) {
    return new SchemaSourceException(ErrorCode.M003, Location.of(path), "no schema here: " + why,
        List.of("a schema is a .sql file or a folder of .sql files"),
        "give an existing schema.sql or folder, e.g. schema = \"schema.sql\" in retort.toml");
  }

  /** The file or folder named. */
  public Path location() {
    return location;
  }

  /** The files, in the order they are applied. */
  public List<Path> files() {
    return files;
  }

  /** {@code schema.sql}, or {@code schema/ (3 files)}, as shown on the console: relative to {@code base} when inside it. */
  public String description(Path base) {
    Path abs = location.toAbsolutePath().normalize();
    Path folder = base.toAbsolutePath().normalize();
    String shown = abs.startsWith(folder) && !abs.equals(folder) ? folder.relativize(abs).toString() : Paths.display(location);
    return files.size() == 1 && files.get(0).equals(location)
        ? shown
        : shown + "/ (" + files.size() + (files.size() == 1 ? " file)" : " files)");
  }

  /** Cache key parts: each file's name and SHA-256, in order. */
  public List<String> cacheParts() {
    List<String> parts = new ArrayList<>();
    for (Path file : files) {
      parts.add(file.getFileName().toString());
      parts.add(sha256(read(file)));
    }
    return parts;
  }

  /** The {@code -- retort:renamed-from} hints of every file. */
  public List<RenameHint> hints() {
    List<RenameHint> hints = new ArrayList<>();
    for (Path file : files) {
      hints.addAll(RenameHints.read(file, read(file)));
    }
    return hints;
  }

  /**
   * Applies every statement, split with the scratch database's {@code syntax}, to {@code scratch}
   * and reflects it.
   *
   * @throws SchemaSourceException RT-M001 naming the file and line of the statement that fails
   */
  public SchemaSnapshot build(ScratchDatabase scratch, SnapshotReader reader, dev.retort.script.SqlSyntax syntax) {
    try (Connection connection = Connector.open(scratch.url())) {
      connection.setAutoCommit(true);
      for (Path file : files) {
        for (SqlStatement statement : SqlSplitter.split(read(file), 1, syntax)) {
          run(connection, file, statement, scratch);
        }
      }
      return reader.read(connection);
    } catch (SQLException e) {
      throw new SchemaSourceException(ErrorCode.M005, null,
          "cannot use the scratch database " + scratch.description() + ": " + e.getMessage(), List.of(),
          "set dev_url to an empty database Retort may write to", e);
    }
  }

  private static void run(Connection connection, Path file, SqlStatement statement, ScratchDatabase scratch) {
    try (Statement jdbc = connection.createStatement()) {
      jdbc.execute(statement.sql());
    } catch (SQLException e) {
      String sql = statement.sql().strip();
      String shown = sql.length() > 200 ? sql.substring(0, 200) + "…" : sql;
      String message = e.getMessage() == null ? e.toString() : e.getMessage().strip();
      throw new SchemaSourceException(ErrorCode.M001, new Location(file, statement.line()),
          "statement fails on the scratch database: " + message.lines().findFirst().orElse(message),
          List.of("statement: " + shown.replace("\n", "\n             "), "scratch database: " + scratch.description()),
          "correct the statement in " + Paths.display(file) + "; nothing was written and only the scratch database"
              + " was touched",
          e);
    }
  }

  private static String read(Path file) {
    try {
      return Utf8Text.decode(file, Files.readAllBytes(file), ErrorCode.M001);
    } catch (IOException e) {
      throw new SchemaSourceException(ErrorCode.M001, Location.of(file), "cannot read the schema file: " + e.getMessage(),
          List.of(), "check that the file exists and is readable by this user", e);
    }
  }

  private static String sha256(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
