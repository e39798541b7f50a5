package dev.retort.maven;

import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The project's compiled classes and runtime dependencies: the class path of {@code schema =
 * "jpa:..."} entities, and the class loader that {@code classpath:} locations are read through.
 *
 * @param entries the output folder first, then the dependencies' jars; only those that exist
 */
record ProjectClassPath(List<Path> entries) {
  public ProjectClassPath {
    entries = entries.stream().filter(Files::exists).toList();
  }

  /** From Maven's runtime class path elements (absolute paths). */
  static ProjectClassPath of(List<String> elements) {
    return new ProjectClassPath(elements.stream().map(Path::of).toList());
  }

  /** The entries as the {@code classpath} setting writes them (separated by the platform's path separator). */
  String setting() {
    return String.join(File.pathSeparator, entries.stream().map(Path::toString).toList());
  }

  /** A class loader over the entries, falling back to {@code parent} (the plugin's own: Retort, the drivers) first. */
  URLClassLoader loader(ClassLoader parent) {
    URL[] urls = new URL[entries.size()];
    for (int i = 0; i < urls.length; i++) {
      try {
        urls[i] = entries.get(i).toUri().toURL();
      } catch (MalformedURLException e) {
        throw new IllegalArgumentException("not a class path entry: " + entries.get(i), e);
      }
    }
    return new URLClassLoader("retort-project", urls, parent);
  }
}
