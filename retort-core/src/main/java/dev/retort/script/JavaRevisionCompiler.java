package dev.retort.script;

import dev.retort.error.Location;
import dev.retort.error.Utf8Text;
import dev.retort.migration.Migration;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.CodeSource;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;

/**
 * Compiles one Java revision file with the JDK's compiler against retort-migration-api into a cache folder
 * keyed by the file's checksum ({@code <cache>/<checksum>/}), so an unchanged file compiles once
 * and an edited one compiles again. Output is written to a private folder and moved into place,
 * so a concurrent run never sees half a compilation.
 */
public final class JavaRevisionCompiler {
  /** The compiler to use, or null for the JDK's (see {@link JavacRun#systemCompiler()}). */
  private final Supplier<JavaCompiler> compiler;
  private final AtomicInteger compilations = new AtomicInteger();

  /**
   * Uses the running JDK's compiler, looked up only when a file must be compiled. Without the
   * {@code java.compiler} module (a JRE, a jlink image, {@code --limit-modules}) there is none, and
   * only revisions that must be compiled fail (S009): nothing of {@code javax.tools} is loaded
   * before then, so revisions from the class path run on such a runtime.
   */
  public JavaRevisionCompiler() {
    this.compiler = null;
  }

  /** Uses the given compiler; a supplier returning null behaves as a JRE does. */
  public JavaRevisionCompiler(Supplier<JavaCompiler> compiler) {
    this.compiler = java.util.Objects.requireNonNull(compiler, "compiler");
  }

  /** How many files this instance compiled (cache hits do not count). */
  public int compilations() {
    return compilations.get();
  }

  /**
   * The folder holding the classes of {@code source}, compiling it first unless {@code cache}
   * already has them.
   */
  public Path classes(String revision, Path source, Path cache) {
    byte[] bytes = read(source);
    Path target = cache.resolve(Checksum.of(bytes));
    if (Files.isDirectory(target)) {
      return target;
    }
    JavaCompiler javac = compiler != null ? compiler.get() : JavacRun.systemCompiler();
    if (javac == null) {
      throw new NoJavaCompilerException(revision, Location.of(source));
    }
    try {
      Files.createDirectories(cache);
      Path work = Files.createTempDirectory(cache, ".compiling-");
      try {
        Path input = withoutBom(source, bytes, work);
        try {
          JavacRun.compile(javac, revision, source, input, work);
        } finally {
          if (!input.equals(source)) {
            deleteTree(input.getParent());
          }
        }
        compilations.incrementAndGet();
        publish(work, target);
      } finally {
        deleteTree(work);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the compiled classes of " + source + " to " + cache, e);
    }
    return target;
  }

  /** The retort-migration-api classes, where this JVM loaded {@link Migration} from. */
  static String apiClassPath() {
    CodeSource code = Migration.class.getProtectionDomain().getCodeSource();
    if (code != null && code.getLocation() != null) {
      try {
        return Path.of(code.getLocation().toURI()).toString();
      } catch (URISyntaxException | IllegalArgumentException e) {
        // fall back to the JVM's class path below
      }
    }
    return System.getProperty("java.class.path", "") + File.pathSeparator;
  }

  private static void publish(Path work, Path target) throws IOException {
    try {
      Files.move(work, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (FileAlreadyExistsException | java.nio.file.DirectoryNotEmptyException raced) {
      // another run compiled the same file first: its classes are identical
    } catch (AtomicMoveNotSupportedException e) {
      if (!Files.isDirectory(target)) {
        Files.move(work, target);
      }
    }
  }

  /**
   * The file to hand to javac, which rejects a byte-order mark ("illegal character '\\ufeff'"):
   * the source itself, or a copy without the mark under {@code work}. Invalid UTF-8 is refused
   * here as the loader refuses it.
   */
  private static Path withoutBom(Path source, byte[] bytes, Path work) throws IOException {
    ScriptText.decode(source, bytes);
    if (!Utf8Text.hasBom(bytes)) {
      return source;
    }
    Path copy = Files.createDirectories(work.resolve(".source")).resolve(source.getFileName());
    Files.write(copy, java.util.Arrays.copyOfRange(bytes, 3, bytes.length));
    return copy;
  }

  private static byte[] read(Path source) {
    try {
      return Files.readAllBytes(source);
    } catch (IOException e) {
      throw new UnreadableScriptException(source, e);
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
