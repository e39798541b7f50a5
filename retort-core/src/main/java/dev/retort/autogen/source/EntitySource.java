package dev.retort.autogen.source;

import java.nio.file.Path;
import java.util.List;

/**
 * Where JPA entities are: the classes annotated {@code @Entity}, {@code @Embeddable} or {@code
 * @MappedSuperclass} in {@code packageName} and its sub-packages, found in the folders and jars of
 * {@code classpath} (the user's compiled classes and their dependencies).
 *
 * @param packageName the package to scan, e.g. {@code com.example.model}
 * @param classpath folders and jars, in order
 * @param dialect the {@code Dialect#name()} whose SQL to write: {@code postgresql}, {@code sqlite}
 */
public record EntitySource(String packageName, List<Path> classpath, String dialect) {
  public EntitySource {
    classpath = List.copyOf(classpath);
  }
}
