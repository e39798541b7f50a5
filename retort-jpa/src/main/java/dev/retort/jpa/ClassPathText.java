package dev.retort.jpa;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** A class path as the user writes it, for messages: the entries joined with the platform's separator. */
final class ClassPathText {
  private ClassPathText() {}

  static String of(List<Path> classpath) {
    if (classpath.isEmpty()) {
      return "(an empty class path)";
    }
    return classpath.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
  }
}
