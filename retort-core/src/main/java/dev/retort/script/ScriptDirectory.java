package dev.retort.script;

import dev.retort.error.RetortException;
import dev.retort.graph.Revision;
import dev.retort.graph.RevisionGraph;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds every {@code .sql} and {@code .java} file carrying a revision header under the version
 * locations (recursively; hidden folders skipped), reads the headers and checksums the files. A
 * location is a folder of the file system or of the class path ({@link ScriptSource}); on the
 * class path, Java revisions are the compiled classes carrying {@code @Revision}, and a {@code
 * .java} file shipped beside its class is not counted twice. Files are read in parallel; errors
 * are reported for the first failing file in path order (folders first, then the class path), so
 * the result does not depend on timing.
 */
public final class ScriptDirectory {
  private final List<ScriptSource> sources;
  private final boolean checksums;

  /** A directory of folders, whose files are checksummed as they are read. */
  public ScriptDirectory(List<Path> versionLocations) {
    this(versionLocations.stream().map(ScriptSource::folder).toList(), true);
  }

  private ScriptDirectory(List<ScriptSource> sources, boolean checksums) {
    this.sources = List.copyOf(sources);
    this.checksums = checksums;
  }

  /** A directory of folders and class-path locations, whose files are checksummed as they are read. */
  public static ScriptDirectory of(List<ScriptSource> sources) {
    return new ScriptDirectory(sources, true);
  }

  /**
   * The same directory read without checksums: every header's and revision's checksum is empty.
   * For commands that only show the graph; anything that records or compares checksums must not
   * use it.
   */
  public ScriptDirectory withoutChecksums() {
    return new ScriptDirectory(sources, false);
  }

  /** The folders of the file system among the locations. */
  public List<Path> versionLocations() {
    return sources.stream().filter(ScriptSource.Folder.class::isInstance).map(ScriptSource::location).toList();
  }

  /** Every location, in the order configured. */
  public List<ScriptSource> sources() {
    return sources;
  }

  /** Every revision header, sorted by path; the first problem is thrown. */
  public List<ScriptHeader> headers() {
    List<Object> results = readAll();
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
    List<Object> results = readAll();
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
    List<Object> results = headers.parallelStream().map(ScriptDirectory::toRevisionOrError).toList();
    List<Revision> revisions = new ArrayList<>(results.size());
    for (Object result : results) {
      if (result instanceof RetortException e) {
        throw e; // the first in path order, whatever thread found it
      }
      revisions.add((Revision) result);
    }
    return revisions;
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
    if (file instanceof ClasspathPath compiled && compiled.resourceName().endsWith(ClassRevisionReader.CLASS)) {
      return ClassRevisionReader.read(compiled);
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UnreadableScriptException(file, e);
    }
    // strict UTF-8 first: a file that is not UTF-8 gets no checksum, it is an error
    String text = ScriptText.decode(file, bytes);
    String checksum = withChecksum ? Checksum.of(bytes) : "";
    String name = file.getFileName().toString();
    if (name.endsWith(".py")) {
      return PythonHeaderParser.parse(file, text, checksum);
    }
    return name.endsWith(".java")
        ? JavaHeaderParser.parse(file, text, checksum)
        : SqlHeaderParser.parse(file, text, checksum);
  }

  /**
   * Every candidate file's header, null (no header) or problem, in path order. A candidate that
   * turns out to be a folder is listed and read in its place.
   */
  private List<Object> readAll() {
    List<Path> files = candidates();
    List<Object> results = files.parallelStream().map(this::readOrError).toList();
    while (results.stream().anyMatch(Folder.class::isInstance)) {
      List<Path> expanded = new ArrayList<>();
      for (int i = 0; i < files.size(); i++) {
        if (results.get(i) instanceof Folder) {
          ScriptFiles.collect(files.get(i), expanded);
        } else {
          expanded.add(files.get(i));
        }
      }
      expanded.sort(ScriptDirectory::inPathOrder);
      files = expanded;
      results = files.parallelStream().map(this::readOrError).toList();
    }
    return withSuggestedParents(ShippedSources.countedOnce(results));
  }

  /**
   * The candidate files: those of the folders (sorted by path; one file under two locations
   * once), then those of the class-path locations (sorted by name; a name once, as the class
   * loader reads only the first of several).
   */
  private List<Path> candidates() {
    List<Path> files = new ArrayList<>(ScriptFiles.under(versionLocations()));
    Set<String> names = new HashSet<>();
    for (ScriptSource source : sources) {
      if (source instanceof ScriptSource.Classpath classpath) {
        for (Path file : classpath.files()) {
          if (names.add(((ClasspathPath) file).resourceName())) {
            files.add(file);
          }
        }
      }
    }
    return files;
  }

  /** Files of the file system first, by path; then class-path resources, by name. */
  private static int inPathOrder(Path a, Path b) {
    boolean aOnClasspath = a instanceof ClasspathPath;
    boolean bOnClasspath = b instanceof ClasspathPath;
    if (aOnClasspath != bOnClasspath) {
      return aOnClasspath ? 1 : -1;
    }
    return a.compareTo(b);
  }

  /** Each file without a header that should have one, told the heads of the others as its parents. */
  private static List<Object> withSuggestedParents(List<Object> results) {
    if (results.stream().noneMatch(HeaderlessScriptException.class::isInstance)) {
      return results;
    }
    Set<String> heads = new TreeSet<>();
    Set<String> parents = new HashSet<>();
    for (Object result : results) {
      if (result instanceof ScriptHeader header) {
        heads.add(header.id());
        parents.addAll(header.revises());
      }
    }
    heads.removeAll(parents);
    List<String> suggested = List.copyOf(heads);
    List<Object> out = new ArrayList<>(results.size());
    for (Object result : results) {
      out.add(result instanceof HeaderlessScriptException e ? e.withHeads(suggested) : result);
    }
    return out;
  }

  private static Object toRevisionOrError(ScriptHeader header) {
    try {
      return header.toRevision();
    } catch (RetortException e) {
      return e;
    }
  }

  /** A candidate named like a script that is a folder (not a link to one): read what it holds. */
  private record Folder(Path path) {}

  private Object readOrError(Path file) {
    try {
      return read(file, checksums);
    } catch (UnreadableScriptException e) {
      if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
        return new Folder(file);
      }
      // a link to a folder is not followed, as elsewhere in the walk; a broken link is reported
      return Files.isDirectory(file) ? null : e;
    } catch (RetortException e) {
      return e;
    }
  }
}
