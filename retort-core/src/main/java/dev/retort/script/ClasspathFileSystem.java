package dev.retort.script;

import java.nio.file.FileStore;
import java.nio.file.FileSystem;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.WatchService;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The resources of one class loader as a read-only file system of {@link ClasspathPath}s. It is
 * not installed with the JDK (nothing is registered globally): a {@link ClasspathSource} makes one
 * for its class loader, and the paths it lists carry it, so reading a script later reads it
 * through the same class loader. Two instances over the same class loader are equal.
 */
public final class ClasspathFileSystem extends FileSystem {
  private final ClassLoader classLoader;
  private final ClasspathFileSystemProvider provider;

  /** The resources {@code classLoader} finds. */
  public ClasspathFileSystem(ClassLoader classLoader) {
    this.classLoader = Objects.requireNonNull(classLoader, "classLoader");
    this.provider = new ClasspathFileSystemProvider();
  }

  ClassLoader classLoader() {
    return classLoader;
  }

  @Override
  public ClasspathFileSystemProvider provider() {
    return provider;
  }

  /** Nothing to release: the class loader owns whatever it opened. */
  @Override
  public void close() {
    // the class loader's jars are the class loader's to close
  }

  @Override
  public boolean isOpen() {
    return true;
  }

  @Override
  public boolean isReadOnly() {
    return true;
  }

  @Override
  public String getSeparator() {
    return "/";
  }

  @Override
  public Iterable<Path> getRootDirectories() {
    return List.of(new ClasspathPath(this, "", true));
  }

  @Override
  public Iterable<FileStore> getFileStores() {
    return List.of();
  }

  @Override
  public Set<String> supportedFileAttributeViews() {
    return Set.of("basic");
  }

  /**
   * A path from its names: absolute when the first starts with {@code classpath:} or {@code /}
   * (a resource name from the class path's root), relative otherwise.
   */
  @Override
  public ClasspathPath getPath(String first, String... more) {
    String joined = more.length == 0 ? first : first + "/" + String.join("/", more);
    boolean absolute = joined.startsWith(ClasspathPath.PREFIX) || joined.startsWith("/");
    if (joined.startsWith(ClasspathPath.PREFIX)) {
      joined = joined.substring(ClasspathPath.PREFIX.length());
    }
    return new ClasspathPath(this, withoutEmptyNames(joined), absolute);
  }

  /**
   * The names of {@code joined} joined by single slashes, without leading, trailing or doubled
   * ones. Called once per listed revision at start-up, so a name that needs no change (the usual
   * case) is checked with the JDK's string methods only.
   */
  private static String withoutEmptyNames(String joined) {
    if (!joined.startsWith("/") && !joined.endsWith("/") && !joined.contains("//")) {
      return joined;
    }
    StringBuilder name = new StringBuilder(joined.length());
    for (String part : joined.split("/")) {
      if (!part.isEmpty()) {
        name.append(name.length() == 0 ? "" : "/").append(part);
      }
    }
    return name.toString();
  }

  @Override
  public PathMatcher getPathMatcher(String syntaxAndPattern) {
    throw new UnsupportedOperationException("no path matchers for class-path resources");
  }

  @Override
  public UserPrincipalLookupService getUserPrincipalLookupService() {
    throw new UnsupportedOperationException("class-path resources have no owners");
  }

  @Override
  public WatchService newWatchService() {
    throw new UnsupportedOperationException("class-path resources cannot be watched");
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ClasspathFileSystem o && o.classLoader == classLoader;
  }

  @Override
  public int hashCode() {
    return System.identityHashCode(classLoader);
  }

  @Override
  public String toString() {
    return "the class path of " + classLoader;
  }
}
