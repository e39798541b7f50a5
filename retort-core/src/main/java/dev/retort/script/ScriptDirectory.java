package dev.retort.script;

import dev.retort.error.RetortException;
import dev.retort.graph.Revision;
import dev.retort.graph.RevisionGraph;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds every {@code .sql} and {@code .java} file carrying a revision header under the version
 * locations (recursively; hidden folders skipped), reads the headers and checksums the files. Files
 * are read in parallel; errors are reported for the first failing file in path order, so the
 * result does not depend on timing.
 */
public final class ScriptDirectory {
  private final List<Path> versionLocations;
  private final boolean checksums;

  /** A directory whose files are checksummed as they are read. */
  public ScriptDirectory(List<Path> versionLocations) {
    this(versionLocations, true);
  }

  private ScriptDirectory(List<Path> versionLocations, boolean checksums) {
    this.versionLocations = List.copyOf(versionLocations);
    this.checksums = checksums;
  }

  /**
   * The same directory read without checksums: every header's and revision's checksum is empty.
   * For commands that only show the graph; anything that records or compares checksums must not
   * use it.
   */
  public ScriptDirectory withoutChecksums() {
    return new ScriptDirectory(versionLocations, false);
  }

  public List<Path> versionLocations() {
    return versionLocations;
  }

  /** Every revision header, sorted by path; the first problem is thrown. */
  public List<ScriptHeader> headers() {
    List<Path> files = scriptFiles();
    List<Object> results = files.parallelStream().map(this::readOrError).toList();
    List<ScriptHeader> headers = new ArrayList<>(results.size());
    for (Object result : results) {
      if (result instanceof RetortException e) {
        throw e;
      }
      if (result != null) {
        headers.add((ScriptHeader) result);
      }
    }
    return headers;
  }

  /**
   * Every header that parses, and the problem of each file that does not, for lenient callers
   * such as lint: one bad file does not hide the others.
   */
  public Lenient headersLeniently() {
    List<Object> results = scriptFiles().parallelStream().map(this::readOrError).toList();
    List<ScriptHeader> headers = new ArrayList<>(results.size());
    List<RetortException> problems = new ArrayList<>();
    for (Object result : results) {
      if (result instanceof RetortException e) {
        problems.add(e);
      } else if (result != null) {
        headers.add((ScriptHeader) result);
      }
    }
    return new Lenient(headers, problems);
  }

  /**
   * Every header that parsed and every file that did not.
   *
   * @param headers the headers, sorted by path
   * @param problems one problem per file that could not be read
   */
  public record Lenient(List<ScriptHeader> headers, List<RetortException> problems) {
    public Lenient {
      headers = List.copyOf(headers);
      problems = List.copyOf(problems);
    }
  }

  /** Every {@code Revises:}/{@code Depends-On:} value that is not an id at all, explained. */
  public static List<HeaderException> referenceProblems(List<ScriptHeader> headers) {
    return new ReferenceSyntaxCheck(headers).problems();
  }

  /** The revisions of every header; references that are not ids at all are explained here. */
  public List<Revision> revisions() {
    List<ScriptHeader> headers = headers();
    new ReferenceSyntaxCheck(headers).check();
    return headers.stream().map(ScriptHeader::toRevision).toList();
  }

  /** The validated graph of every revision. */
  public RevisionGraph graph() {
    return RevisionGraph.of(revisions());
  }

  /** Reads one file: its header, or null when it carries none. */
  public static ScriptHeader read(Path file) {
    return read(file, true);
  }

  private static ScriptHeader read(Path file, boolean withChecksum) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UnreadableScriptException(file, e);
    }
    String checksum = withChecksum ? Checksum.of(bytes) : "";
    // the same line endings the checksum normalises: a lone CR ends a line too
    String text = new String(bytes, StandardCharsets.UTF_8).replace("\r\n", "\n").replace('\r', '\n');
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    String name = file.getFileName().toString();
    return name.endsWith(".java")
        ? JavaHeaderParser.parse(file, text, checksum)
        : SqlHeaderParser.parse(file, text, checksum);
  }

  private Object readOrError(Path file) {
    try {
      return read(file, checksums);
    } catch (RetortException e) {
      return e;
    }
  }

  private List<Path> scriptFiles() {
    List<Path> files = new ArrayList<>();
    for (Path location : versionLocations) {
      if (!Files.isDirectory(location)) {
        throw new MissingScriptDirectoryException(location);
      }
      try {
        // A location that is a symbolic link is walked at its target (a walk does not follow
        // links, not even the first one) and the files named under the location as configured.
        Path start = Files.isSymbolicLink(location) ? location.toRealPath() : location;
        // one directory read and one stat per entry; hidden folders are not entered
        Files.walkFileTree(start, new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            return !dir.equals(start) && isHidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            if (isScript(file, attrs)) {
              files.add(start == location ? file : location.resolve(start.relativize(file)));
            }
            return FileVisitResult.CONTINUE;
          }
        });
      } catch (IOException e) {
        throw new UnreadableScriptException(location, e);
      }
    }
    files.sort(null);
    if (versionLocations.size() > 1) {
      // a file under two configured locations (one nested in the other) is one script, as in Alembic
      Set<Path> seen = new HashSet<>();
      files.removeIf(p -> !seen.add(p.toAbsolutePath().normalize()));
    }
    return files;
  }

  /**
   * A {@code .sql} or {@code .java} regular file, or a symbolic link with such a name to a regular
   * file or whose target is missing: that one is read and reported as unreadable rather than
   * silently skipped (Alembic fails on it too). Hidden files are not scripts.
   */
  private static boolean isScript(Path path, BasicFileAttributes attrs) {
    String name = path.getFileName().toString();
    if (!(name.endsWith(".sql") || name.endsWith(".java")) || name.startsWith(".")) {
      return false;
    }
    return attrs.isRegularFile()
        || attrs.isSymbolicLink() && (Files.isRegularFile(path) || !Files.exists(path));
  }

  private static boolean isHidden(Path path) {
    return path.getFileName().toString().startsWith(".");
  }
}
