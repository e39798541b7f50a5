package dev.retort.script;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.ProviderMismatchException;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.Objects;
import java.util.Optional;

/**
 * A resource of a class loader named as a path: {@code classpath:db/retort/3f2a_add_users.sql}.
 * Its text is what {@link ClassLoader#getResourceAsStream} returns, whether the resource sits in a
 * folder, a jar or a jar nested in a Spring Boot jar, so every reader of scripts ({@code
 * Files.readAllBytes}) and every error message ({@code classpath:...} as the file) works for it
 * unchanged. Absolute paths start at the class path's root; a relative one is what {@link
 * #getFileName()} and {@link #relativize} return. Names are separated by {@code /}.
 */
public final class ClasspathPath implements Path {
  /** How an absolute path is shown, before the resource name. */
  public static final String PREFIX = "classpath:";

  private final ClasspathFileSystem fileSystem;
  private final String name;
  private final boolean absolute;
  private final Optional<ResourceOrigin> origin;

  ClasspathPath(ClasspathFileSystem fileSystem, String name, boolean absolute) {
    this(fileSystem, name, absolute, Optional.empty());
  }

  private ClasspathPath(ClasspathFileSystem fileSystem, String name, boolean absolute,
      Optional<ResourceOrigin> origin) {
    this.fileSystem = Objects.requireNonNull(fileSystem, "fileSystem");
    this.name = Objects.requireNonNull(name, "name");
    this.absolute = absolute;
    this.origin = origin;
  }

  /**
   * The same resource, read from where a listing found it instead of through the class loader's
   * search (see {@link ResourceOrigin}); paths derived from it search again.
   */
  ClasspathPath foundIn(Optional<ResourceOrigin> where) {
    return new ClasspathPath(fileSystem, name, absolute, where);
  }

  /** The resource name as the class loader knows it, e.g. {@code db/retort/3f2a_add_users.sql}. */
  public String resourceName() {
    return name;
  }

  /** The class loader the resource is read with. */
  public ClassLoader classLoader() {
    return fileSystem.classLoader();
  }

  /** The resource's bytes. */
  byte[] read() throws IOException {
    if (origin.isPresent()) {
      try {
        return origin.get().read();
      } catch (IllegalStateException closed) {
        // the jar was closed since the listing (its class loader was): search as below
      }
    }
    try (InputStream in = fileSystem.classLoader().getResourceAsStream(toAbsolutePath().normalize().name)) {
      if (in == null) {
        throw new NoSuchFileException(toString(), null, "no such resource on the class path");
      }
      return in.readAllBytes();
    }
  }

  private String[] names() {
    return name.isEmpty() ? new String[0] : name.split("/");
  }

  private ClasspathPath sibling(String newName, boolean newAbsolute) {
    return new ClasspathPath(fileSystem, newName, newAbsolute);
  }

  @Override
  public ClasspathFileSystem getFileSystem() {
    return fileSystem;
  }

  @Override
  public boolean isAbsolute() {
    return absolute;
  }

  @Override
  public Path getRoot() {
    return absolute ? sibling("", true) : null;
  }

  @Override
  public Path getFileName() {
    if (name.isEmpty()) {
      return null;
    }
    return sibling(name.substring(name.lastIndexOf('/') + 1), false);
  }

  @Override
  public Path getParent() {
    int slash = name.lastIndexOf('/');
    if (slash >= 0) {
      return sibling(name.substring(0, slash), absolute);
    }
    return absolute && !name.isEmpty() ? getRoot() : null;
  }

  @Override
  public int getNameCount() {
    return names().length;
  }

  @Override
  public Path getName(int index) {
    return sibling(names()[index], false);
  }

  @Override
  public Path subpath(int beginIndex, int endIndex) {
    String[] names = names();
    if (beginIndex < 0 || endIndex > names.length || beginIndex >= endIndex) {
      throw new IllegalArgumentException("no names " + beginIndex + ".." + endIndex + " in " + this);
    }
    return sibling(String.join("/", Arrays.copyOfRange(names, beginIndex, endIndex)), false);
  }

  @Override
  public boolean startsWith(Path other) {
    if (!(other instanceof ClasspathPath o) || !o.fileSystem.equals(fileSystem) || o.absolute != absolute) {
      return false;
    }
    return o.name.isEmpty() ? absolute || name.isEmpty() : name.equals(o.name) || name.startsWith(o.name + "/");
  }

  @Override
  public boolean endsWith(Path other) {
    if (!(other instanceof ClasspathPath o) || !o.fileSystem.equals(fileSystem)) {
      return false;
    }
    if (o.absolute) {
      return equals(o);
    }
    return !o.name.isEmpty() && (name.equals(o.name) || name.endsWith("/" + o.name));
  }

  @Override
  public ClasspathPath normalize() {
    Deque<String> kept = new ArrayDeque<>();
    for (String part : names()) {
      if (part.equals("..") && !kept.isEmpty() && !kept.peekLast().equals("..")) {
        kept.removeLast();
      } else if (!part.equals(".") && !part.isEmpty() && !(part.equals("..") && absolute)) {
        kept.addLast(part);
      }
    }
    return sibling(String.join("/", kept), absolute);
  }

  @Override
  public Path resolve(Path other) {
    ClasspathPath o = own(other);
    if (o.absolute) {
      return o;
    }
    if (o.name.isEmpty()) {
      return this;
    }
    return sibling(name.isEmpty() ? o.name : name + "/" + o.name, absolute);
  }

  @Override
  public Path relativize(Path other) {
    ClasspathPath o = own(other);
    if (o.absolute != absolute || !o.startsWith(this)) {
      throw new IllegalArgumentException(other + " is not inside " + this);
    }
    return sibling(o.name.equals(name) ? "" : o.name.substring(name.isEmpty() ? 0 : name.length() + 1), false);
  }

  @Override
  public URI toUri() {
    try {
      String resource = toAbsolutePath().normalize().name;
      return new URI("classpath", resource.isEmpty() ? "/" : resource, null);
    } catch (URISyntaxException e) {
      throw new IllegalStateException("a resource name is always a URI's scheme-specific part: " + name, e);
    }
  }

  @Override
  public ClasspathPath toAbsolutePath() {
    return absolute ? this : sibling(name, true);
  }

  @Override
  public Path toRealPath(LinkOption... options) {
    return toAbsolutePath().normalize();
  }

  @Override
  public WatchKey register(WatchService watcher, WatchEvent.Kind<?>[] events, WatchEvent.Modifier... modifiers) {
    throw new UnsupportedOperationException("class-path resources cannot be watched");
  }

  @Override
  public int compareTo(Path other) {
    ClasspathPath o = (ClasspathPath) other;
    return absolute == o.absolute ? name.compareTo(o.name) : absolute ? -1 : 1;
  }

  private ClasspathPath own(Path other) {
    if (other instanceof ClasspathPath o && o.fileSystem.equals(fileSystem)) {
      return o;
    }
    throw new ProviderMismatchException(other + " is not a resource of " + fileSystem);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ClasspathPath o && o.fileSystem.equals(fileSystem) && o.name.equals(name)
        && o.absolute == absolute;
  }

  @Override
  public int hashCode() {
    return Objects.hash(fileSystem, name, absolute);
  }

  @Override
  public String toString() {
    return absolute ? PREFIX + name : name;
  }
}
