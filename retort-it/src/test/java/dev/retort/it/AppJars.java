package dev.retort.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import javax.tools.ToolProvider;

/**
 * Builds an application the way its build would: classes compiled against Retort with the JDK's
 * compiler, and jars (with a folder entry for every folder) holding them, resources, and, for a
 * Spring Boot jar, the runtime jars stored uncompressed under {@code BOOT-INF/lib/}.
 */
final class AppJars {
  /** A class of each jar (or folder) Retort needs at run time with SQLite. */
  private static final List<String> RUNTIME = List.of("dev.retort.api.Retort", "dev.retort.migration.Migration",
      "org.sqlite.JDBC", "com.fasterxml.jackson.dataformat.toml.TomlMapper",
      "com.fasterxml.jackson.databind.ObjectMapper", "com.fasterxml.jackson.core.JsonFactory",
      "com.fasterxml.jackson.annotation.JsonProperty", "net.sf.jsqlparser.parser.CCJSqlParserUtil",
      "org.slf4j.LoggerFactory");

  private AppJars() {}

  /** The jars and folders this JVM loaded Retort's run-time classes from. */
  static List<Path> runtime() {
    Set<Path> entries = new LinkedHashSet<>();
    for (String name : RUNTIME) {
      try {
        entries.add(Path.of(Class.forName(name).getProtectionDomain().getCodeSource().getLocation().toURI()));
      } catch (ClassNotFoundException | URISyntaxException e) {
        throw new IllegalStateException("Retort's run time needs " + name + " on the test class path", e);
      }
    }
    return List.copyOf(entries);
  }

  /** Compiles {@code sources} (file name to text) against {@code classPath} into a new folder under {@code work}. */
  static SortedMap<String, byte[]> compile(Path work, Map<String, String> sources, List<Path> classPath) {
    try {
      Path src = Files.createTempDirectory(work, "src");
      Path out = Files.createTempDirectory(work, "classes");
      List<String> args = new ArrayList<>(List.of("-d", out.toString(), "-proc:none", "-classpath",
          String.join(java.io.File.pathSeparator, classPath.stream().map(Path::toString).toList())));
      for (Map.Entry<String, String> source : sources.entrySet()) {
        Path file = src.resolve(source.getKey());
        Files.createDirectories(file.getParent());
        Files.writeString(file, source.getValue(), StandardCharsets.UTF_8);
        args.add(file.toString());
      }
      assertThat(ToolProvider.getSystemJavaCompiler().run(null, null, null, args.toArray(String[]::new)))
          .as("javac exit code").isZero();
      return filesUnder(out, "");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The files under {@code folder}, named {@code prefix} + their relative name. */
  static SortedMap<String, byte[]> filesUnder(Path folder, String prefix) throws IOException {
    SortedMap<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        files.put(prefix + folder.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
      }
    }
    return files;
  }

  /** A jar's bytes: the jar itself, or a jar made of a folder's files. */
  static byte[] asJar(Path jarOrFolder) throws IOException {
    if (Files.isRegularFile(jarOrFolder)) {
      return Files.readAllBytes(jarOrFolder);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(out, new Manifest(), filesUnder(jarOrFolder, ""), false);
    return out.toByteArray();
  }

  /** The entries of a jar whose names start with {@code prefix}. */
  static SortedMap<String, byte[]> entriesOf(Path jar, String prefix) throws IOException {
    SortedMap<String, byte[]> entries = new TreeMap<>();
    try (JarFile file = new JarFile(jar.toFile())) {
      for (JarEntry entry : file.stream().toList()) {
        if (!entry.isDirectory() && entry.getName().startsWith(prefix)) {
          entries.put(entry.getName(), file.getInputStream(entry).readAllBytes());
        }
      }
    }
    return entries;
  }

  /** A manifest with the given main attributes. */
  static Manifest manifest(Map<String, String> attributes) {
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    attributes.forEach((k, v) -> manifest.getMainAttributes().put(new Attributes.Name(k), v));
    return manifest;
  }

  /** Writes a jar; entries ending in {@code .jar} are stored uncompressed when {@code storeJars}. */
  static Path write(Path file, Manifest manifest, Map<String, byte[]> entries, boolean storeJars) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      write(out, manifest, entries, storeJars);
    }
    return file;
  }

  private static void write(OutputStream target, Manifest manifest, Map<String, byte[]> entries, boolean storeJars)
      throws IOException {
    TreeSet<String> folders = new TreeSet<>();
    for (String name : entries.keySet()) {
      for (int slash = name.indexOf('/'); slash > 0; slash = name.indexOf('/', slash + 1)) {
        folders.add(name.substring(0, slash + 1));
      }
    }
    try (JarOutputStream jar = new JarOutputStream(target, manifest)) {
      for (String folder : folders) {
        if (!folder.equals("META-INF/")) {
          jar.putNextEntry(new JarEntry(folder));
          jar.closeEntry();
        }
      }
      for (Map.Entry<String, byte[]> entry : new TreeMap<>(entries).entrySet()) {
        JarEntry out = new JarEntry(entry.getKey());
        if (storeJars && entry.getKey().endsWith(".jar")) {
          CRC32 crc = new CRC32();
          crc.update(entry.getValue());
          out.setMethod(ZipEntry.STORED);
          out.setSize(entry.getValue().length);
          out.setCompressedSize(entry.getValue().length);
          out.setCrc(crc.getValue());
        }
        jar.putNextEntry(out);
        jar.write(entry.getValue());
        jar.closeEntry();
      }
    }
  }
}
