package dev.retort.script;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * Where {@link ResourceListing} found a class-path resource: a file under a folder of the class
 * path, or an entry of a jar the listing opened (nested jars of a Spring Boot jar included). A
 * resource read through its origin skips the class loader's search, which asks the JDK's own
 * loaders and every earlier class-path entry for each name again: at start-up with 1,000
 * revisions, that search cost more than reading and checksumming the files. The bytes are those
 * the class loader would return, as the listing keeps the first entry that holds the name.
 */
sealed interface ResourceOrigin {

  /** The resource's bytes. */
  byte[] read() throws IOException;

  /**
   * A file of a class-path folder.
   *
   * @param file the file
   */
  record InFolder(Path file) implements ResourceOrigin {
    @Override
    public byte[] read() throws IOException {
      return Files.readAllBytes(file);
    }
  }

  /**
   * An entry of a jar that stays open after the listing (its connection's cache holds it).
   *
   * @param jar the jar
   * @param entry the entry's name
   */
  record InJar(JarFile jar, String entry) implements ResourceOrigin {
    @Override
    public byte[] read() throws IOException {
      JarEntry found = jar.getJarEntry(entry);
      if (found == null) {
        throw new NoSuchFileException(entry, null, "no longer in " + jar.getName());
      }
      try (InputStream in = jar.getInputStream(found)) {
        return in.readAllBytes();
      }
    }
  }
}
