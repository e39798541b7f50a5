package dev.retort.bench;

import java.nio.file.Path;

/**
 * Writes the apply benchmark's project of one size ({@link ApplyProject}: the same linear history
 * for Retort, Alembic and Flyway) under a folder and prints the project's folder and head, for
 * {@code bench/whole-process.sh}.
 *
 * <p>Usage: {@code WriteApplyProject <out folder> <size>}.
 */
public final class WriteApplyProject {
  private WriteApplyProject() {}

  public static void main(String[] args) {
    if (args.length != 2) {
      System.err.println("usage: WriteApplyProject <out folder> <size>");
      System.exit(2);
    }
    ApplyProject project = ApplyProject.of(Path.of(args[0]), Integer.parseInt(args[1]));
    System.out.println(project.dir + " " + project.head());
  }
}
