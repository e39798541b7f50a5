package dev.retort.script;

import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.net.URI;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AccessMode;
import java.nio.file.CopyOption;
import java.nio.file.DirectoryStream;
import java.nio.file.FileStore;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.ProviderMismatchException;
import java.nio.file.ReadOnlyFileSystemException;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.FileAttributeView;
import java.nio.file.attribute.FileTime;
import java.nio.file.spi.FileSystemProvider;
import java.util.Map;
import java.util.Set;

/**
 * Reads {@link ClasspathPath}s: a file's bytes through its class loader, and whether a name is a
 * file or a folder. Everything that would write is refused with {@link ReadOnlyFileSystemException}.
 */
public final class ClasspathFileSystemProvider extends FileSystemProvider {
  private static final Set<OpenOption> READ_ONLY = Set.of(StandardOpenOption.READ);

  @Override
  public String getScheme() {
    return "classpath";
  }

  @Override
  public FileSystem newFileSystem(URI uri, Map<String, ?> env) {
    throw new UnsupportedOperationException("make a ClasspathFileSystem for a class loader instead");
  }

  @Override
  public FileSystem getFileSystem(URI uri) {
    throw new FileSystemNotFoundException("class-path file systems are not registered: " + uri);
  }

  @Override
  public Path getPath(URI uri) {
    throw new FileSystemNotFoundException("class-path file systems are not registered: " + uri);
  }

  @Override
  public SeekableByteChannel newByteChannel(Path path, Set<? extends OpenOption> options, FileAttribute<?>... attrs)
      throws IOException {
    if (!READ_ONLY.containsAll(options)) {
      throw new ReadOnlyFileSystemException();
    }
    return new ResourceChannel(own(path).read());
  }

  @Override
  public DirectoryStream<Path> newDirectoryStream(Path dir, DirectoryStream.Filter<? super Path> filter) {
    throw new UnsupportedOperationException("class-path folders are listed by ClasspathSource");
  }

  @Override
  public void createDirectory(Path dir, FileAttribute<?>... attrs) {
    throw new ReadOnlyFileSystemException();
  }

  @Override
  public void delete(Path path) {
    throw new ReadOnlyFileSystemException();
  }

  @Override
  public void copy(Path source, Path target, CopyOption... options) {
    throw new ReadOnlyFileSystemException();
  }

  @Override
  public void move(Path source, Path target, CopyOption... options) {
    throw new ReadOnlyFileSystemException();
  }

  @Override
  public boolean isSameFile(Path path, Path path2) {
    return path.toAbsolutePath().normalize().equals(path2.toAbsolutePath().normalize());
  }

  @Override
  public boolean isHidden(Path path) {
    Path name = path.getFileName();
    return name != null && name.toString().startsWith(".");
  }

  @Override
  public FileStore getFileStore(Path path) {
    throw new UnsupportedOperationException("class-path resources have no file store");
  }

  @Override
  public void checkAccess(Path path, AccessMode... modes) throws IOException {
    for (AccessMode mode : modes) {
      if (mode != AccessMode.READ) {
        throw new AccessDeniedException(path.toString(), null, "class-path resources are read-only");
      }
    }
    url(own(path));
  }

  @Override
  public <V extends FileAttributeView> V getFileAttributeView(Path path, Class<V> type, LinkOption... options) {
    return null;
  }

  @Override
  @SuppressWarnings("unchecked")
  public <A extends BasicFileAttributes> A readAttributes(Path path, Class<A> type, LinkOption... options)
      throws IOException {
    if (type != BasicFileAttributes.class) {
      throw new UnsupportedOperationException("class-path resources have basic attributes only");
    }
    URL url = url(own(path));
    return (A) new ResourceAttributes(isFolder(url));
  }

  @Override
  public Map<String, Object> readAttributes(Path path, String attributes, LinkOption... options) {
    throw new UnsupportedOperationException("class-path resources have basic attributes only");
  }

  @Override
  public void setAttribute(Path path, String attribute, Object value, LinkOption... options) {
    throw new ReadOnlyFileSystemException();
  }

  private static ClasspathPath own(Path path) {
    if (path instanceof ClasspathPath classpath) {
      return classpath;
    }
    throw new ProviderMismatchException(path + " is not a class-path resource");
  }

  private static URL url(ClasspathPath path) throws NoSuchFileException {
    String name = path.toAbsolutePath().normalize().resourceName();
    URL url = name.isEmpty() ? null : path.classLoader().getResource(name);
    if (url == null) {
      throw new NoSuchFileException(path.toString(), null, "no such resource on the class path");
    }
    return url;
  }

  /** Whether the resource is a folder of a folder or of a jar (nested jars included). */
  private static boolean isFolder(URL url) throws IOException {
    if (url.getProtocol().equals("file")) {
      try {
        return Files.isDirectory(Path.of(url.toURI()));
      } catch (URISyntaxException | IllegalArgumentException e) {
        return false;
      }
    }
    URLConnection connection = url.openConnection();
    return connection instanceof JarURLConnection jar && jar.getJarEntry() != null && jar.getJarEntry().isDirectory();
  }

  /** The attributes of a resource: a file or a folder, no times, size unknown (0). */
  private record ResourceAttributes(boolean folder) implements BasicFileAttributes {
    @Override
    public FileTime lastModifiedTime() {
      return FileTime.fromMillis(0);
    }

    @Override
    public FileTime lastAccessTime() {
      return FileTime.fromMillis(0);
    }

    @Override
    public FileTime creationTime() {
      return FileTime.fromMillis(0);
    }

    @Override
    public boolean isRegularFile() {
      return !folder;
    }

    @Override
    public boolean isDirectory() {
      return folder;
    }

    @Override
    public boolean isSymbolicLink() {
      return false;
    }

    @Override
    public boolean isOther() {
      return false;
    }

    @Override
    public long size() {
      return 0;
    }

    @Override
    public Object fileKey() {
      return null;
    }
  }
}
