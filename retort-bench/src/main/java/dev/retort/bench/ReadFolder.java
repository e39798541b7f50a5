package dev.retort.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The JVM's floor for a read command, for {@code bench/whole-process.sh}: list one folder and read
 * every file in it, on as many threads as {@code retort heads} uses (a parallel stream), parsing
 * nothing. What any JVM tool pays to look at every revision file before it has understood one.
 *
 * <p>Usage: {@code ReadFolder <folder>}; prints the number of files and bytes read.
 */
public final class ReadFolder {
  private ReadFolder() {}

  public static void main(String[] args) {
    Path folder = Path.of(args[0]);
    String[] names = folder.toFile().list();
    if (names == null) {
      System.err.println("cannot list " + folder);
      System.exit(2);
    }
    long bytes = Arrays.stream(names).parallel().mapToLong(name -> {
      try {
        return Files.readAllBytes(folder.resolve(name)).length;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }).sum();
    System.out.println(names.length + " files, " + bytes + " bytes");
  }
}
