package dev.retort.autogen.source;

import dev.retort.autogen.scratch.ScratchDatabase;
import dev.retort.error.ErrorCode;
import dev.retort.run.Connector;
import dev.retort.schema.SchemaSnapshot;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * The desired schema of JPA entities ({@code schema = "jpa:<package>"}): their DDL, written by the
 * installed {@link EntitySchemaExport} (Hibernate ORM's own schema export), applied to a scratch
 * database and reflected. Never cached: the classes may change without their files' names changing.
 */
public final class EntitySchema {
  private final EntitySource source;

  public EntitySchema(EntitySource source) {
    this.source = source;
  }

  /** {@code JPA entities in com.example.model}, as shown on the console. */
  public String description() {
    return "JPA entities in " + source.packageName();
  }

  /**
   * The entities' DDL and rename hints.
   *
   * @throws SchemaSourceException RT-M011 without a class path, RT-M012 without JPA support installed
   * @throws EntityLoadException RT-M010 when the entities do not load
   */
  public EntityDdl ddl() {
    if (source.classpath().isEmpty()) {
      throw new SchemaSourceException(ErrorCode.M011, null,
          "schema = \"jpa:" + source.packageName() + "\" needs the compiled entity classes, and no class path is set",
          List.of(), "pass --classpath target/classes:<jars the entities need>, or set classpath = [\"target/classes\"]"
              + " in retort.toml");
    }
    Iterator<EntitySchemaExport> exports = ServiceLoader.load(EntitySchemaExport.class).iterator();
    if (!exports.hasNext()) {
      throw new SchemaSourceException(ErrorCode.M012, null,
          "schema = \"jpa:" + source.packageName() + "\" needs Retort's JPA support, which is not installed",
          List.of("no " + EntitySchemaExport.class.getName() + " on Retort's class path (the retort-jpa module)"),
          "use the release archive or bin/retort, which include it, or add retort-jpa to the class path");
    }
    return exports.next().ddl(source);
  }

  /** The hints carried by the entities' annotations. */
  public static List<RenameHint> hints(EntityDdl ddl) {
    List<RenameHint> hints = new ArrayList<>();
    ddl.tableRenames().forEach((from, to) -> hints.add(RenameHint.table(from, to, null)));
    for (Map.Entry<String, String> e : ddl.columnRenames().entrySet()) {
      int dot = e.getKey().lastIndexOf('.');
      hints.add(RenameHint.column(e.getKey().substring(0, dot), e.getKey().substring(dot + 1), e.getValue(), null));
    }
    return hints;
  }

  /** Applies {@code ddl} to {@code scratch} and reflects it. */
  public SchemaSnapshot build(EntityDdl ddl, ScratchDatabase scratch, SnapshotReader reader) {
    try (Connection connection = Connector.open(scratch.url())) {
      connection.setAutoCommit(true);
      for (String sql : ddl.statements()) {
        try (Statement statement = connection.createStatement()) {
          statement.execute(sql);
        } catch (SQLException e) {
          throw new EntityLoadException("the DDL Hibernate wrote for " + source.packageName()
              + " fails on the scratch database: " + e.getMessage(), List.of("statement: " + sql,
              "scratch database: " + scratch.description()),
              "check the entities' mapping (column definitions, dialect) of the table named", e);
        }
      }
      return reader.read(connection);
    } catch (SQLException e) {
      throw new SchemaSourceException(ErrorCode.M005, null,
          "cannot use the scratch database " + scratch.description() + ": " + e.getMessage(), List.of(),
          "set dev_url to an empty database Retort may write to", e);
    }
  }

  /** The class path, for messages. */
  public List<Path> classpath() {
    return source.classpath();
  }
}
