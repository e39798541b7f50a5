package dev.retort.script;

import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Lists the files under a resource folder of a class loader, in every entry of its class path
 * that has the folder: the URLs the class loader gives for the folder are walked as folders
 * ({@code file:}) or as jar entries ({@code jar:}, through {@link JarURLConnection}, which also
 * covers the {@code jar:nested:} URLs of a Spring Boot jar). Nothing assumes a file system.
 * Hidden names (starting with {@code .}) are skipped, as in a folder location. Each name comes
 * with where it was found ({@link ResourceOrigin}), so it can be read without a second search.
 */
final class ResourceListing {
  private ResourceListing() {}

  /**
   * The resource names of the files under {@code folder} (e.g. {@code db/retort}), sorted, each
   * once even when several class-path entries hold it, with where the first holds it (the one the
   * class loader reads); empty for a jar that the listing had to close again.
   *
   * @throws MissingScriptDirectoryException when no class-path entry has the folder
   */
  static SortedMap<String, Optional<ResourceOrigin>> files(ClassLoader loader, ClasspathPath folder) {
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
    SortedMap<String, Optional<ResourceOrigin>> files = new TreeMap<>();
    while (roots.hasMoreElements()) {
      URL root = roots.nextElement();
      try {
        relativeFiles(root).forEach((relative, origin) -> {
          if (!hidden(relative)) {
            files.putIfAbsent(name + "/" + relative, origin);
          }
        });
      } catch (IOException e) {
        throw new UnreadableScriptException(folder, new IOException("cannot list " + root + ": " + e.getMessage(), e));
      }
    }
    return files;
  }

  private static boolean hidden(String relative) {
    return relative.startsWith(".") || relative.contains("/.");
  }

  /** The files under one class-path entry's copy of the folder, relative to it, and where each is. */
  private static Map<String, Optional<ResourceOrigin>> relativeFiles(URL root) throws IOException {
    if (root.getProtocol().equals("file")) {
      return folderFiles(root);
    }
    URLConnection connection = root.openConnection();
    if (connection instanceof JarURLConnection jar) {
      return jarFiles(jar);
    }
    throw new IOException("resources behind " + root.getProtocol() + ": URLs cannot be listed (only folders and jars)");
  }

  private static Map<String, Optional<ResourceOrigin>> folderFiles(URL root) throws IOException {
    Path dir;
    try {
      dir = Path.of(root.toURI());
    } catch (URISyntaxException | IllegalArgumentException e) {
      throw new IOException("not a folder URL: " + root, e);
    }
    if (!Files.isDirectory(dir)) {
      return Map.of();
    }
    // the walk's paths start with the folder's own text: cutting it off is relativize() without its cost
    String base = dir.toString();
    int cut = base.endsWith(dir.getFileSystem().getSeparator()) ? base.length() : base.length() + 1;
    Map<String, Optional<ResourceOrigin>> files = new HashMap<>();
    try (Stream<Path> found = Files.find(dir, Integer.MAX_VALUE, (p, attributes) -> attributes.isRegularFile()
        || attributes.isSymbolicLink() && Files.isRegularFile(p))) {
      found.forEach(p -> files.put(p.toString().substring(cut).replace(java.io.File.separatorChar, '/'),
          Optional.of(new ResourceOrigin.InFolder(p))));
    }
    return files;
  }

  /** A jar's files; a jar the connection's cache keeps open is read from directly later. */
  private static Map<String, Optional<ResourceOrigin>> jarFiles(JarURLConnection connection) throws IOException {
    String entry = connection.getEntryName();
    String prefix = entry == null || entry.isEmpty() ? "" : entry.endsWith("/") ? entry : entry + "/";
    JarFile jar = connection.getJarFile();
    boolean staysOpen = connection.getUseCaches();
    try {
      Map<String, Optional<ResourceOrigin>> names = new HashMap<>();
      Enumeration<JarEntry> entries = jar.entries();
      while (entries.hasMoreElements()) {
        JarEntry e = entries.nextElement();
        if (!e.isDirectory() && e.getName().startsWith(prefix) && e.getName().length() > prefix.length()) {
          names.put(e.getName().substring(prefix.length()),
              staysOpen ? Optional.of(new ResourceOrigin.InJar(jar, e.getName())) : Optional.empty());
        }
      }
      return names;
    } finally {
      if (!staysOpen) {
        jar.close();
      }
    }
  }
}
