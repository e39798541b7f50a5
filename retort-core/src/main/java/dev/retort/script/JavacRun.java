package dev.retort.script;

import dev.retort.error.Location;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Everything of {@link JavaRevisionCompiler} that touches {@code javax.tools}, in a class of its
 * own: the JVM loads it only when a {@code .java} revision must be compiled, so a runtime without
 * the {@code java.compiler} module can load and run everything else.
 */
final class JavacRun {
  private JavacRun() {}

  /** The JDK's compiler; null on a JRE or without the {@code java.compiler} module. */
  static JavaCompiler systemCompiler() {
    try {
      return ToolProvider.getSystemJavaCompiler();
    } catch (LinkageError noCompilerModule) {
      return null;
    }
  }

  /** Compiles {@code input} (the source, or its copy without a byte-order mark); errors name {@code source}. */
  static void compile(JavaCompiler javac, String revision, Path source, Path input, Path out) throws IOException {
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      List<String> options = List.of(
          "-classpath", JavaRevisionCompiler.apiClassPath(), "-d", out.toString(), "-encoding", "UTF-8", "-proc:none", "-g",
          "-nowarn", "-Xlint:none");
      Iterable<? extends JavaFileObject> units = files.getJavaFileObjects(input.toFile());
      Boolean ok = javac.getTask(null, files, diagnostics, options, null, units).call();
      if (!Boolean.TRUE.equals(ok)) {
        throw failure(revision, source, diagnostics.getDiagnostics());
      }
    }
  }

  private static JavaCompileException failure(
      String revision, Path source, List<Diagnostic<? extends JavaFileObject>> diagnostics) {
    List<Diagnostic<? extends JavaFileObject>> errors = diagnostics.stream()
        .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
        .sorted(Comparator.comparingLong(Diagnostic::getLineNumber))
        .toList();
    if (errors.isEmpty()) {
      return new JavaCompileException(revision, Location.of(source), "the compiler failed without a message", List.of());
    }
    Diagnostic<? extends JavaFileObject> first = errors.get(0);
    List<String> others = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> d : errors.subList(1, Math.min(errors.size(), 10))) {
      others.add(at(source, d) + ": " + message(d));
    }
    if (errors.size() > 10) {
      others.add("... and " + (errors.size() - 10) + " more errors");
    }
    return new JavaCompileException(revision, at(source, first), message(first), others);
  }

  private static Location at(Path source, Diagnostic<?> d) {
    long line = d.getLineNumber();
    return line > 0 && line <= Integer.MAX_VALUE ? new Location(source, (int) line) : Location.of(source);
  }

  private static String message(Diagnostic<?> d) {
    String text = d.getMessage(Locale.ROOT);
    if (text == null || text.isBlank()) {
      return "(no message)";
    }
    // "cannot find symbol\n  symbol: class Strin\n  location: ..." reads as one line
    return String.join("; ", text.strip().lines().map(String::strip).filter(l -> !l.isEmpty()).toList());
  }
}
