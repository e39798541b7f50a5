package dev.retort.script;

import dev.retort.error.Location;
import dev.retort.graph.Revision;
import dev.retort.migration.Migration;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Turns a Java revision into a runnable {@link Migration}: compiles its file (cached by checksum,
 * see {@link JavaRevisionCompiler}), loads the classes with a class loader of its own (so two
 * revisions may use the same class name), and instantiates the class whose {@code @Revision} id
 * is the revision's. A revision read from a class on the class path ({@link ClasspathPath} of a
 * {@code .class} file) is already compiled: its class is loaded with the location's class loader
 * and instantiated, and no compiler is looked up.
 */
public final class JavaMigrationLoader {
  /** The cache folder's name; it starts with a dot, so script discovery skips it. */
  public static final String CACHE_FOLDER = ".retort-cache";

  private final JavaRevisionCompiler compiler;
  private final Path cache;
  /** Classes already loaded, by revision id and checksum, when shared by many runs ({@link #sharedAcrossRuns}); else null. */
  private final java.util.Map<String, Class<? extends Migration>> loaded;

  /**
   * @param compiler the compiler
   * @param cache the cache folder (e.g. {@code <script_location>/.retort-cache}), or null for a
   *     {@code .retort-cache} folder beside each revision file
   */
  public JavaMigrationLoader(JavaRevisionCompiler compiler, Path cache) {
    this(compiler, cache, null);
  }

  private JavaMigrationLoader(JavaRevisionCompiler compiler, Path cache,
      java.util.Map<String, Class<? extends Migration>> loaded) {
    this.compiler = compiler;
    this.cache = cache;
    this.loaded = loaded;
  }

  /**
   * The same loader for many runs at once (a fleet's targets, from several threads): each revision
   * is compiled and its class loaded once, and every run gets a new instance of it.
   */
  public JavaMigrationLoader sharedAcrossRuns() {
    return loaded != null ? this
        : new JavaMigrationLoader(compiler, cache, new java.util.concurrent.ConcurrentHashMap<>());
  }

  /** The cache beside each file, compiling with the running JDK. */
  public static JavaMigrationLoader besideScripts() {
    return new JavaMigrationLoader(new JavaRevisionCompiler(), null);
  }

  /** Compiles (unless cached), loads and instantiates the revision's migration class. */
  public Migration load(Revision revision) {
    if (loaded != null) {
      String key = revision.id().value() + "@" + revision.checksum();
      return instantiate(revision, loaded.computeIfAbsent(key, k -> loadClass(revision)));
    }
    return instantiate(revision, loadClass(revision));
  }

  private Class<? extends Migration> loadClass(Revision revision) {
    if (revision.origin().path() instanceof ClasspathPath compiled
        && compiled.resourceName().endsWith(ClassRevisionReader.CLASS)) {
      return ClassRevisionReader.migrationClass(compiled);
    }
    Path source = revision.origin().path();
    Path folder = cache != null ? cache : source.toAbsolutePath().getParent().resolve(CACHE_FOLDER);
    Path classes = compiler.classes(revision.id().value(), source, folder);
    ClassLoader loader = new URLClassLoader("retort-revision-" + revision.id(), new URL[] {url(classes)},
        Migration.class.getClassLoader());
    Class<?> type = find(revision, loader, classes);
    if (!Migration.class.isAssignableFrom(type)) {
      throw new JavaRevisionClassException(location(revision),
          "class " + type.getName() + " of revision " + revision.id() + " does not implement Migration",
          "declare it as: final class " + type.getSimpleName() + " implements Migration { ... }", null);
    }
    return type.asSubclass(Migration.class);
  }

  private static Class<?> find(Revision revision, ClassLoader loader, Path classes) {
    List<String> annotated = new ArrayList<>();
    for (String name : classNames(classes)) {
      Class<?> type;
      try {
        type = Class.forName(name, false, loader);
      } catch (ClassNotFoundException | LinkageError e) {
        continue;
      }
      dev.retort.migration.Revision header = type.getAnnotation(dev.retort.migration.Revision.class);
      if (header == null) {
        continue;
      }
      if (header.id().equals(revision.id().value())) {
        return type;
      }
      annotated.add(name + " (id " + header.id() + ")");
    }
    throw new JavaRevisionClassException(location(revision),
        "no class in the file carries @Revision(id = \"" + revision.id() + "\")"
            + (annotated.isEmpty() ? "" : "; found " + String.join(", ", annotated)),
        "put @Revision(id = \"" + revision.id() + "\", ...) on the class that implements Migration", null);
  }

  private static Migration instantiate(Revision revision, Class<? extends Migration> type) {
    try {
      Constructor<? extends Migration> constructor = type.getDeclaredConstructor();
      constructor.setAccessible(true);
      return constructor.newInstance();
    } catch (NoSuchMethodException e) {
      throw new JavaRevisionClassException(location(revision),
          "class " + type.getName() + " of revision " + revision.id() + " has no constructor without parameters",
          "remove the constructor's parameters: a migration receives what it needs through Operations", e);
    } catch (InvocationTargetException e) {
      throw new JavaRevisionClassException(location(revision),
          "the constructor of " + type.getName() + " failed: " + e.getCause(),
          "make the constructor do nothing; do the work in upgrade() and downgrade()", e.getCause());
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw new JavaRevisionClassException(location(revision),
          "cannot instantiate " + type.getName() + " of revision " + revision.id() + ": " + e,
          "make the class a non-abstract, top-level or static nested class", e);
    }
  }

  private static List<String> classNames(Path classes) {
    try (Stream<Path> walk = Files.walk(classes)) {
      return walk.filter(p -> p.toString().endsWith(".class"))
          .map(p -> {
            String relative = classes.relativize(p).toString();
            return relative.substring(0, relative.length() - ".class".length())
                .replace(java.io.File.separatorChar, '.');
          })
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the compiled classes in " + classes, e);
    }
  }

  private static URL url(Path classes) {
    try {
      return classes.toUri().toURL();
    } catch (MalformedURLException e) {
      throw new IllegalStateException("a file path is always a URL: " + classes, e);
    }
  }

  private static Location location(Revision revision) {
    return revision.origin().revisionLocation();
  }
}
