package dev.retort.command;

import dev.retort.error.ErrorCode;
import dev.retort.error.Location;
import dev.retort.error.Paths;
import dev.retort.run.DatabaseIdRewrite;
import java.io.IOException;
import java.nio.file.CopyOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a set of files as one step: every new content goes to a hidden temporary file beside
 * its target first; only when all are written are they moved into place (and renamed files'
 * old names deleted). If any step fails, what was done is undone and the temporary files are
 * removed, so the files end as they were. {@link #undo()} puts everything back after a
 * successful {@link #write()} (the database commit failed).
 */
final class FileBatch implements DatabaseIdRewrite.FileStep {
  /** Moves a file; the file system's move, or a failing one in tests. */
  interface Mover {
    void move(Path source, Path target, CopyOption... options) throws IOException;
  }

  /**
   * One file to write.
   *
   * @param from the file's current path, or null for a new file
   * @param to where the new content goes
   * @param before the current content (null for a new file)
   * @param after the new content
   */
  record Write(Path from, Path to, byte[] before, byte[] after) {}

  private static final String TEMPORARY = ".retort-tmp";

  private final List<Write> writes;
  private final Mover mover;

  FileBatch(List<Write> writes) {
    this(writes, (source, target, options) -> Files.move(source, target, options));
  }

  FileBatch(List<Write> writes, Mover mover) {
    this.writes = List.copyOf(writes);
    this.mover = mover;
  }

  static Path temporary(Path target) {
    return target.resolveSibling("." + target.getFileName() + TEMPORARY);
  }

  @Override
  public void write() {
    List<Path> temporaries = new ArrayList<>();
    try {
      for (Write write : writes) {
        Path temporary = temporary(write.to());
        temporaries.add(temporary);
        Files.write(temporary, write.after());
        keepPermissions(write.from(), temporary);
      }
    } catch (IOException e) {
      deleteQuietly(temporaries);
      throw failed(temporaries.get(temporaries.size() - 1), e, List.of());
    }
    List<Write> done = new ArrayList<>();
    for (Write write : writes) {
      try {
        if (write.from() != null && write.from().equals(write.to())) {
          mover.move(temporary(write.to()), write.to(), StandardCopyOption.REPLACE_EXISTING,
              StandardCopyOption.ATOMIC_MOVE);
        } else {
          mover.move(temporary(write.to()), write.to(), StandardCopyOption.ATOMIC_MOVE);
        }
        done.add(write);
        if (write.from() != null && !write.from().equals(write.to())) {
          Files.delete(write.from());
        }
      } catch (IOException e) {
        List<String> notRestored = restore(done.isEmpty() || done.get(done.size() - 1) != write
            ? withPartial(done, write) : done);
        deleteQuietly(temporaries);
        throw failed(write.to(), e, notRestored);
      }
    }
  }

  @Override
  public void undo() {
    List<String> notRestored = restore(writes);
    if (!notRestored.isEmpty()) {
      throw new IdRewriteException(ErrorCode.A008, null, "the database change failed and "
          + notRestored.size() + " renamed files could not be put back", notRestored,
          "restore them from version control (git checkout -- <file>); the database was not changed");
    }
  }

  /** The writes done so far, plus the one that failed after its new file might have been moved in. */
  private static List<Write> withPartial(List<Write> done, Write failed) {
    List<Write> all = new ArrayList<>(done);
    all.add(failed);
    return all;
  }

  /** Puts back each file of {@code done}, last first; returns the ones that could not be. */
  private List<String> restore(List<Write> done) {
    List<String> problems = new ArrayList<>();
    for (int i = done.size() - 1; i >= 0; i--) {
      Write write = done.get(i);
      try {
        if (write.from() == null) {
          Files.deleteIfExists(write.to());
          continue;
        }
        Path temporary = temporary(write.from());
        Files.write(temporary, write.before());
        keepPermissions(write.to(), temporary);
        Files.move(temporary, write.from(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        if (!write.from().equals(write.to())) {
          Files.deleteIfExists(write.to());
        }
      } catch (IOException e) {
        problems.add(Paths.display(write.from()) + ": " + e.getMessage());
      }
    }
    return problems;
  }

  private static void keepPermissions(Path from, Path to) {
    if (from == null || !Files.exists(from)) {
      return;
    }
    try {
      Files.setPosixFilePermissions(to, Files.getPosixFilePermissions(from));
    } catch (UnsupportedOperationException | IOException e) {
      // a file system without POSIX permissions: the new file has the default ones
    }
  }

  private static void deleteQuietly(List<Path> files) {
    for (Path file : files) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        // a temporary file left behind is hidden and named *.retort-tmp; discovery skips it
      }
    }
  }

  private static IdRewriteException failed(Path file, IOException e, List<String> notRestored) {
    if (!notRestored.isEmpty()) {
      List<String> details = new ArrayList<>(List.of("and these files could not be put back:"));
      details.addAll(notRestored);
      return new IdRewriteException(ErrorCode.A008, Location.of(file), "cannot write the file: " + e, details,
          "restore those files from version control (git checkout -- <file>); the database was not changed", e);
    }
    return new IdRewriteException(ErrorCode.A008, Location.of(file), "cannot write the file: " + e
        + "; every file was left as it was and the database was not changed", List.of(),
        "make the folder writable (and free the name), then run the command again", e);
  }
}
