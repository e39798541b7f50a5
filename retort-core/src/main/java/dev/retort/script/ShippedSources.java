package dev.retort.script;

import dev.retort.error.ErrorCode;
import dev.retort.error.Location;
import dev.retort.error.RetortException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A {@code .java} file under a class-path location is the source of a class the build compiled
 * (some builds copy sources into the jar): its revision is the class's, counted once. A source
 * whose class is not there cannot run without a compiler, so it is refused (S012).
 */
final class ShippedSources {
  private ShippedSources() {}

  /**
   * The results of reading every candidate (header, null or problem), with each class-path
   * {@code .java} header replaced by null when a class carries its id, and by a problem otherwise.
   */
  static List<Object> countedOnce(List<Object> results) {
    Set<String> compiled = new HashSet<>();
    boolean sources = false;
    for (Object result : results) {
      if (result instanceof ScriptHeader header && header.path() instanceof ClasspathPath file) {
        if (file.resourceName().endsWith(ClassRevisionReader.CLASS)) {
          compiled.add(header.id());
        } else {
          sources |= file.resourceName().endsWith(".java");
        }
      }
    }
    if (!sources) {
      return results;
    }
    List<Object> out = new ArrayList<>(results.size());
    for (Object result : results) {
      if (result instanceof ScriptHeader header && header.path() instanceof ClasspathPath file
          && file.resourceName().endsWith(".java")) {
        out.add(compiled.contains(header.id()) ? null : new SourceWithoutClassException(header));
      } else {
        out.add(result);
      }
    }
    return out;
  }

  /** S012: a Java revision's source on the class path, without a compiled class carrying its id. */
  static final class SourceWithoutClassException extends RetortException {
    private static final long serialVersionUID = 1L;

    SourceWithoutClassException(ScriptHeader header) {
      super(ErrorCode.S012, new Location(header.path(), header.idLine()),
          "Java revision " + header.id() + " is on the class path as source only; no class there carries"
              + " @Revision(id = \"" + header.id() + "\")",
          List.of("revisions on the class path run as compiled classes, without a compiler"),
          "compile it with the application (e.g. move it to src/main/java in the package of the location),"
              + " or keep it in a folder location, where Retort compiles .java revisions itself");
    }
  }
}
