package dev.retort.script;

import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Lists the files under a resource folder of a class loader, in every entry of its class path
 * that has the folder: the URLs the class loader gives for the folder are walked as folders
 * ({@code file:}) or as jar entries ({@code jar:}, through {@link JarURLConnection}, which also
 * covers the {@code jar:nested:} URLs of a Spring Boot jar). Nothing assumes a file system.
 * Hidden names (starting with {@code .}) are skipped, as in a folder location.
 */
final class ResourceListing {
  private ResourceListing() {}

  /**
   * The resource names of the files under {@code folder} (e.g. {@code db/retort}), sorted, each
   * once even when several class-path entries hold it (the class loader reads the first).
   *
   * @throws MissingScriptDirectoryException when no class-path entry has the folder
   */
  static SortedSet<String> files(ClassLoader loader, ClasspathPath folder) {
    String name = folder.resourceName();
    Enumeration<URL> roots;
    try {
      roots = loader.getResources(name);
    } catch (IOException e) {
      throw new UnreadableScriptException(folder, e);
    }
    if (!roots.hasMoreElements()) {
      throw MissingScriptDirectoryException.onClasspath(folder);
    }
    SortedSet<String> files = new TreeSet<>();
    while (roots.hasMoreElements()) {
      URL root = roots.nextElement();
      try {
        for (String relative : relativeFiles(root)) {
          if (!hidden(relative)) {
            files.add(name + "/" + relative);
          }
        }
      } catch (IOException e) {
        throw new UnreadableScriptException(folder, new IOException("cannot list " + root + ": " + e.getMessage(), e));
      }
    }
    return files;
  }

  private static boolean hidden(String relative) {
    return relative.startsWith(".") || relative.contains("/.");
  }

  /** The files under one class-path entry's copy of the folder, relative to it. */
  private static List<String> relativeFiles(URL root) throws IOException {
    if (root.getProtocol().equals("file")) {
      return folderFiles(root);
    }
    URLConnection connection = root.openConnection();
    if (connection instanceof JarURLConnection jar) {
      return jarFiles(jar);
    }
    throw new IOException("resources behind " + root.getProtocol() + ": URLs cannot be listed (only folders and jars)");
  }

  private static List<String> folderFiles(URL root) throws IOException {
    Path dir;
    try {
      dir = Path.of(root.toURI());
    } catch (URISyntaxException | IllegalArgumentException e) {
      throw new IOException("not a folder URL: " + root, e);
    }
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile)
          .map(p -> dir.relativize(p).toString().replace(java.io.File.separatorChar, '/'))
          .toList();
    }
  }

  private static List<String> jarFiles(JarURLConnection connection) throws IOException {
    String entry = connection.getEntryName();
    String prefix = entry == null || entry.isEmpty() ? "" : entry.endsWith("/") ? entry : entry + "/";
    JarFile jar = connection.getJarFile();
    try {
      List<String> names = new java.util.ArrayList<>();
      Enumeration<JarEntry> entries = jar.entries();
      while (entries.hasMoreElements()) {
        JarEntry e = entries.nextElement();
        if (!e.isDirectory() && e.getName().startsWith(prefix) && e.getName().length() > prefix.length()) {
          names.add(e.getName().substring(prefix.length()));
        }
      }
      return names;
    } finally {
      if (!connection.getUseCaches()) {
        jar.close();
      }
    }
  }
}
