package dev.retort.script;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.migration.Migration;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Builds what an application's build would: classes compiled with the JDK's compiler against
 * retort-migration-api, and jars of classes and resources written with {@link JarOutputStream},
 * with a folder entry for every folder (as jar, Maven and Gradle write them).
 */
public final class TestJars {
  private TestJars() {}

  /** Compiles {@code sources} (file name, e.g. {@code db/retort/AddOrders.java}, to text) into {@code out}. */
  public static Path compile(Path out, Map<String, String> sources) {
    try {
      Path src = Files.createTempDirectory(Files.createDirectories(out.toAbsolutePath().getParent()), "src");
      List<String> args = new ArrayList<>(List.of("-d", out.toString(), "-classpath", apiClassPath(), "-proc:none"));
      for (Map.Entry<String, String> source : sources.entrySet()) {
        Path file = src.resolve(source.getKey());
        Files.createDirectories(file.getParent());
        Files.writeString(file, source.getValue(), StandardCharsets.UTF_8);
        args.add(file.toString());
      }
      Files.createDirectories(out);
      JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
      assertThat(javac.run(null, null, null, args.toArray(String[]::new))).as("javac exit code").isZero();
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Where this JVM loaded retort-migration-api from. */
  public static String apiClassPath() {
    try {
      return Path.of(Migration.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Every file under {@code folder}, by its name relative to it ({@code /} between parts). */
  public static SortedMap<String, byte[]> filesUnder(Path folder) {
    SortedMap<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        files.put(folder.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  /** Writes a jar holding {@code entries} (name to bytes) and a folder entry for each of their folders. */
  public static Path jar(Path file, Map<String, byte[]> entries) {
    TreeSet<String> folders = new TreeSet<>();
    for (String name : entries.keySet()) {
      for (int slash = name.indexOf('/'); slash > 0; slash = name.indexOf('/', slash + 1)) {
        folders.add(name.substring(0, slash + 1));
      }
    }
    try (OutputStream out = Files.newOutputStream(file); JarOutputStream jar = new JarOutputStream(out)) {
      for (String folder : folders) {
        jar.putNextEntry(new JarEntry(folder));
        jar.closeEntry();
      }
      for (Map.Entry<String, byte[]> entry : new TreeMap<>(entries).entrySet()) {
        jar.putNextEntry(new JarEntry(entry.getKey()));
        jar.write(entry.getValue());
        jar.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  /** A class loader over {@code entries} (jars or folders) whose parent is the test's, which has retort-migration-api. */
  public static URLClassLoader loader(Path... entries) {
    URL[] urls = Stream.of(entries).map(TestJars::url).toArray(URL[]::new);
    return new URLClassLoader("test-app", urls, TestJars.class.getClassLoader());
  }

  private static URL url(Path entry) {
    try {
      return entry.toUri().toURL();
    } catch (MalformedURLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** UTF-8 bytes. */
  public static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
