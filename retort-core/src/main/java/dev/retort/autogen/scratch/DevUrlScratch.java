package dev.retort.autogen.scratch;

import dev.retort.autogen.scratch.PgContents.UserObject;
import dev.retort.dialect.DatabaseUrl;
import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import dev.retort.run.Connector;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The PostgreSQL database named by {@code dev_url}, used as the scratch database. It must be empty
 * when opened (RT-M006 otherwise: Retort empties nothing it did not verify empty). Before each
 * {@link #fresh()} after the first, and on {@link #close()}, it is emptied again: extensions and
 * schemas that were absent at open are dropped, and every object created in the schemas that were
 * there ({@code public}) is dropped, so the schemas keep their owners and privileges.
 */
final class DevUrlScratch implements ScratchServer {
  private static final int FIRST_FEW = 5;
  private static final int DROP_ROUNDS = 4;

  private final DatabaseUrl url;
  private final Set<String> schemasAtOpen;
  private final Set<String> extensionsAtOpen;
  private final String serverVersion;
  private boolean used;

  private DevUrlScratch(DatabaseUrl url, Set<String> schemas, Set<String> extensions, String serverVersion) {
    this.url = url;
    this.schemasAtOpen = Set.copyOf(schemas);
    this.extensionsAtOpen = Set.copyOf(extensions);
    this.serverVersion = serverVersion;
  }

  /**
   * Connects to {@code dev_url} and verifies that it is empty.
   *
   * @throws ScratchUnavailableException RT-M005 when it cannot be reached, RT-M006 when it holds objects
   */
  static ScratchServer open(DatabaseUrl url) {
    try (Connection c = connect(url)) {
      List<UserObject> objects = PgContents.userObjects(c);
      if (!objects.isEmpty()) {
        throw notEmpty(url, objects);
      }
      return new DevUrlScratch(url, PgContents.schemas(c), PgContents.extensions(c), PgVersion.of(c));
    } catch (SQLException e) {
      throw unavailable(url, "cannot read what dev_url holds: " + Connector.withoutPassword(String.valueOf(e.getMessage()), url));
    }
  }

  @Override
  public ScratchDatabase fresh() {
    if (used) {
      empty();
    }
    used = true;
    return new ScratchDatabase(url, description());
  }

  @Override
  public String description() {
    return "dev_url " + url.redacted();
  }

  @Override
  public String serverVersion() {
    return serverVersion;
  }

  @Override
  public void close() {
    if (used) {
      try {
        empty();
      } catch (RetortException e) {
        // close never throws; the next run's emptiness check reports what was left
      }
      used = false;
    }
  }

  /** Drops what was created since open; RT-M005 when something stays. */
  private void empty() {
    try (Connection c = connect(url); Statement st = c.createStatement()) {
      c.setAutoCommit(true);
      for (String extension : PgContents.extensions(c)) {
        if (!extensionsAtOpen.contains(extension)) {
          st.execute("DROP EXTENSION IF EXISTS " + PgContents.quote(extension) + " CASCADE");
        }
      }
      for (String schema : PgContents.schemas(c)) {
        if (!schemasAtOpen.contains(schema)) {
          st.execute("DROP SCHEMA IF EXISTS " + PgContents.quote(schema) + " CASCADE");
        }
      }
      List<UserObject> left = PgContents.userObjects(c);
      for (int round = 0; round < DROP_ROUNDS && !left.isEmpty(); round++) {
        for (UserObject object : left) {
          st.execute(object.dropStatement());
        }
        left = PgContents.userObjects(c);
      }
      Set<String> missing = new TreeSet<>(schemasAtOpen);
      missing.removeAll(PgContents.schemas(c));
      for (String schema : missing) {
        st.execute("CREATE SCHEMA " + PgContents.quote(schema));
      }
      if (!left.isEmpty()) {
        throw unavailable(url, "cannot empty dev_url again: it still holds " + firstFew(left));
      }
    } catch (SQLException e) {
      throw unavailable(url, "cannot empty dev_url again: " + Connector.withoutPassword(String.valueOf(e.getMessage()), url));
    }
  }

  private static Connection connect(DatabaseUrl url) {
    try {
      return Connector.open(url);
    } catch (RetortException e) {
      throw new ScratchUnavailableException(
          ErrorCode.M005,
          "dev_url " + url.redacted() + " is unreachable",
          List.of(e.summary()),
          "start that database or correct dev_url in retort.toml (or RETORT_DEV_URL); it must name an empty"
              + " PostgreSQL database Retort may write to",
          null);
    }
  }

  private static ScratchUnavailableException unavailable(DatabaseUrl url, String reason) {
    return new ScratchUnavailableException(
        ErrorCode.M005, "dev_url " + url.redacted() + " cannot serve as the scratch database", List.of(reason),
        "point dev_url at an empty database the configured user owns", null);
  }

  private static ScratchUnavailableException notEmpty(DatabaseUrl url, List<UserObject> objects) {
    List<String> details = new ArrayList<>();
    details.add("it holds " + objects.size() + (objects.size() == 1 ? " object: " : " objects: ") + firstFew(objects));
    details.add("Retort applies schemas to dev_url and drops what it created, so it uses only a database it"
        + " finds empty");
    return new ScratchUnavailableException(
        ErrorCode.M006,
        "dev_url " + url.redacted() + " is not empty",
        details,
        "point dev_url at an empty database kept for Retort (CREATE DATABASE retort_dev), or drop these objects"
            + " if an interrupted run left them",
        null);
  }

  private static String firstFew(List<UserObject> objects) {
    List<String> labels = new ArrayList<>();
    for (UserObject o : objects.subList(0, Math.min(FIRST_FEW, objects.size()))) {
      labels.add(o.label());
    }
    String more = objects.size() > FIRST_FEW ? " and " + (objects.size() - FIRST_FEW) + " more" : "";
    return String.join(", ", labels) + more;
  }
}
