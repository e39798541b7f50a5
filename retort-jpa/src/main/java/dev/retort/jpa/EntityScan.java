package dev.retort.jpa;

import dev.retort.autogen.source.EntityLoadException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The classes of a package and its sub-packages that carry {@code @Entity}, {@code @Embeddable} or
 * {@code @MappedSuperclass}, found in the class path's folders and jars without loading anything:
 * an annotated class file names the annotation's descriptor ({@code Ljakarta/persistence/Entity;})
 * in its constant pool. Classes that merely sit in the package are never loaded, so a helper class
 * with a missing dependency does not stop the export.
 */
final class EntityScan {
  private static final List<String> JAKARTA = List.of(
      "Ljakarta/persistence/Entity;", "Ljakarta/persistence/Embeddable;", "Ljakarta/persistence/MappedSuperclass;");
  private static final List<String> JAVAX = List.of(
      "Ljavax/persistence/Entity;", "Ljavax/persistence/Embeddable;", "Ljavax/persistence/MappedSuperclass;");

  /**
   * What the scan found, in class-path order.
   *
   * @param candidates classes that name a Jakarta Persistence annotation
   * @param javax classes that name only the old {@code javax.persistence} annotations
   */
  record Found(List<String> candidates, List<String> javax) {
    Found {
      candidates = List.copyOf(candidates);
      javax = List.copyOf(javax);
    }
  }

  private final String packagePath;
  private final Set<String> candidates = new LinkedHashSet<>();
  private final Set<String> javax = new LinkedHashSet<>();

  private EntityScan(String packageName) {
    this.packagePath = packageName.replace('.', '/') + "/";
  }

  /** Scans {@code classpath} for the annotated classes of {@code packageName}. */
  static Found scan(String packageName, List<Path> classpath) {
    EntityScan scan = new EntityScan(packageName);
    for (Path entry : classpath) {
      try {
        if (Files.isDirectory(entry)) {
          scan.folder(entry);
        } else if (Files.isRegularFile(entry)) {
          scan.jar(entry);
        } else {
          throw new EntityLoadException("class path entry " + entry + " does not exist",
              List.of("the entities of package " + packageName + " are read from: " + ClassPathText.of(classpath)),
              "compile the entities first, or correct --classpath (classpath in retort.toml)", null);
        }
      } catch (IOException | UncheckedIOException e) {
        throw new EntityLoadException("class path entry " + entry + " cannot be read", List.of(String.valueOf(e.getMessage())),
            "check the file's permissions, or rebuild the jar", e);
      }
    }
    List<String> onlyJavax = new ArrayList<>(scan.javax);
    onlyJavax.removeAll(scan.candidates);
    return new Found(new ArrayList<>(scan.candidates), onlyJavax);
  }

  private void folder(Path root) throws IOException {
    Path start = root.resolve(packagePath);
    if (!Files.isDirectory(start)) {
      return;
    }
    List<Path> files;
    try (Stream<Path> walk = Files.walk(start)) {
      files = walk.filter(p -> p.getFileName().toString().endsWith(".class") && Files.isRegularFile(p)).sorted().toList();
    }
    for (Path file : files) {
      String relative = root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
      consider(relative, Files.readAllBytes(file));
    }
  }

  private void jar(Path file) throws IOException {
    try (JarFile jar = new JarFile(file.toFile())) {
      List<JarEntry> entries = new ArrayList<>();
      for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
        JarEntry entry = e.nextElement();
        if (!entry.isDirectory() && entry.getName().startsWith(packagePath) && entry.getName().endsWith(".class")) {
          entries.add(entry);
        }
      }
      entries.sort((a, b) -> a.getName().compareTo(b.getName()));
      for (JarEntry entry : entries) {
        try (InputStream in = jar.getInputStream(entry)) {
          consider(entry.getName(), in.readAllBytes());
        }
      }
    }
  }

  private void consider(String relativePath, byte[] bytes) {
    String name = relativePath.substring(0, relativePath.length() - ".class".length()).replace('/', '.');
    if (name.endsWith("package-info") || name.endsWith("module-info")) {
      return;
    }
    // ISO-8859-1 maps each byte to one char, so the ASCII descriptors are found as they are stored
    String text = new String(bytes, StandardCharsets.ISO_8859_1);
    if (JAKARTA.stream().anyMatch(text::contains)) {
      candidates.add(name);
    } else if (JAVAX.stream().anyMatch(text::contains)) {
      javax.add(name);
    }
  }
}
