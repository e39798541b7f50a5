package dev.retort.autogen.scratch;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a PostgreSQL database holds beyond the system catalogs: its schemas, extensions and the
 * objects users create in them (tables, views, sequences, types, routines), leaving out the objects
 * that belong to an extension. Used to verify that {@code dev_url} is empty and to empty it again.
 */
final class PgContents {
  private static final String NOT_SYSTEM =
      " NOT IN ('pg_catalog', 'information_schema') AND %s NOT LIKE 'pg\\_toast%%' AND %s NOT LIKE 'pg\\_temp\\_%%'";

  private static final String OBJECTS = """
      SELECT kind, nspname, name, identity FROM (
        SELECT CASE c.relkind WHEN 'v' THEN 'view' WHEN 'm' THEN 'materialized view' WHEN 'S' THEN 'sequence'
                 WHEN 'f' THEN 'foreign table' ELSE 'table' END AS kind,
               n.nspname, c.relname AS name, c.oid::regclass::text AS identity, c.oid, 'pg_class'::regclass AS cls, 0 AS ord
          FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
         WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f')
        UNION ALL
        SELECT CASE t.typtype WHEN 'd' THEN 'domain' ELSE 'type' END, n.nspname, t.typname, t.oid::regtype::text,
               t.oid, 'pg_type'::regclass, 2
          FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
         WHERE t.typtype IN ('e', 'd', 'r')
            OR (t.typtype = 'c' AND (SELECT r.relkind FROM pg_class r WHERE r.oid = t.typrelid) = 'c')
        UNION ALL
        SELECT CASE p.prokind WHEN 'p' THEN 'procedure' WHEN 'a' THEN 'aggregate' ELSE 'function' END,
               n.nspname, p.proname, p.oid::regprocedure::text, p.oid, 'pg_proc'::regclass, 1
          FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
      ) o
      WHERE nspname""" + NOT_SYSTEM.formatted("nspname", "nspname") + """

        AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = o.cls AND d.objid = o.oid AND d.deptype = 'e')
      ORDER BY ord, nspname, name, identity""";

  private PgContents() {}

  /** One object a user created. */
  record UserObject(String kind, String schema, String name, String identity) {
    /** {@code table public.users}. */
    String label() {
      return kind + " " + schema + "." + name;
    }

    /** The statement that drops it and whatever depends on it. */
    String dropStatement() {
      String what = switch (kind) {
        case "view" -> "VIEW";
        case "materialized view" -> "MATERIALIZED VIEW";
        case "sequence" -> "SEQUENCE";
        case "foreign table" -> "FOREIGN TABLE";
        case "domain" -> "DOMAIN";
        case "type" -> "TYPE";
        case "function", "procedure", "aggregate" -> "ROUTINE";
        default -> "TABLE";
      };
      return "DROP " + what + " IF EXISTS " + identity + " CASCADE";
    }
  }

  /** The objects users created, tables first, then routines, then types; extensions' members left out. */
  static List<UserObject> userObjects(Connection connection) throws SQLException {
    List<UserObject> out = new ArrayList<>();
    try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(OBJECTS)) {
      while (rs.next()) {
        out.add(new UserObject(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
      }
    }
    return out;
  }

  /** The schemas that are not the system's ({@code public} among them, while it exists). */
  static Set<String> schemas(Connection connection) throws SQLException {
    return names(connection, "SELECT nspname FROM pg_namespace WHERE nspname" + NOT_SYSTEM.formatted("nspname", "nspname"));
  }

  /** The installed extensions ({@code plpgsql} among them). */
  static Set<String> extensions(Connection connection) throws SQLException {
    return names(connection, "SELECT extname FROM pg_extension");
  }

  private static Set<String> names(Connection connection, String sql) throws SQLException {
    Set<String> out = new TreeSet<>();
    try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      while (rs.next()) {
        out.add(rs.getString(1));
      }
    }
    return out;
  }

  /** A quoted identifier. */
  static String quote(String name) {
    return "\"" + name.replace("\"", "\"\"") + "\"";
  }
}
