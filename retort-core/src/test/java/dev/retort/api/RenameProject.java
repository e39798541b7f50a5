package dev.retort.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Revision graphs with long descriptive ids (Alembic style) for the id rewrite tests. */
final class RenameProject {
  static final String A = "create_users_table_with_primary_key_2023";
  static final String B = "add_orders_table_referencing_users_2023";
  static final String C = "add_invoices_table_for_billing_exports";
  static final String M = "merge_orders_and_invoices_branches_2024";
  static final String SHORT = "0f0f0f0f0f0f";

  /** The shapes of history a rewrite must keep. */
  enum Shape {
    /** A, B, C in a line. */
    ONE_BRANCH,
    /** A; B and C on it; M merges them (M depends on nothing, C depends on B); SHORT on top of M. */
    MERGE,
    /** A; B and C on it, both heads. */
    SEVERAL_HEADS
  }

  private RenameProject() {}

  static void write(Path versions, Shape shape) {
    switch (shape) {
      case ONE_BRANCH -> {
        revision(versions, A, "", "", "create users", "t_users");
        revision(versions, B, A, "", "add orders", "t_orders");
        revision(versions, C, B, "", "add invoices", "t_invoices");
      }
      case MERGE -> {
        revision(versions, A, "", "", "create users", "t_users");
        revision(versions, B, A, "", "add orders", "t_orders");
        revision(versions, C, A, B, "add invoices", "t_invoices");
        revision(versions, M, B + ", " + C, "", "merge", "t_merged");
        revision(versions, SHORT, M, "", "add audit", "t_audit");
      }
      case SEVERAL_HEADS -> {
        revision(versions, A, "", "", "create users", "t_users");
        revision(versions, B, A, "", "add orders", "t_orders");
        revision(versions, C, A, "", "add invoices", "t_invoices");
      }
      default -> throw new IllegalArgumentException(shape.name());
    }
  }

  static void revision(Path versions, String id, String revises, String dependsOn, String message, String table) {
    String text = "-- Revision: " + id + "\n-- Revises: " + revises + "\n-- Message: " + message
        + (dependsOn.isEmpty() ? "" : "\n-- Depends-On: " + dependsOn)
        + "\n-- Create-Date: 2024-01-01T00:00:00Z\n\n-- +upgrade\nCREATE TABLE " + table
        + " (id INTEGER PRIMARY KEY);\n\n-- +downgrade\nDROP TABLE " + table + ";\n";
    try {
      Files.createDirectories(versions);
      Files.writeString(versions.resolve(id + "_" + message.replace(' ', '_') + ".sql"), text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every file under {@code folder} (names relative to it) and its SHA-256, to compare bytes before and after. */
  static Map<String, String> files(Path folder) {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        files.put(folder.relativize(file).toString(), sha(Files.readAllBytes(file)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  static String sha(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The graph as comparable text: one {@code id <- parents ~ dependsOn : message} line per revision, sorted. */
  static List<String> graph(List<RevisionInfo> revisions, Map<String, String> mapping) {
    return revisions.stream()
        .map(r -> mapping.getOrDefault(r.id(), r.id()) + " <- "
            + r.parents().stream().map(p -> mapping.getOrDefault(p, p)).toList() + " ~ "
            + r.dependsOn().stream().map(d -> mapping.getOrDefault(d, d)).toList() + " : " + r.message())
        .sorted().toList();
  }
}
