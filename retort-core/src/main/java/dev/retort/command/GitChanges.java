package dev.retort.command;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The files added since a git ref, for {@code lint --since}: {@code git diff --name-only
 * --diff-filter=A <ref>...HEAD} plus untracked files, run in the project folder.
 */
public final class GitChanges {
  private final Path folder;

  /** @param folder a folder inside the repository (the project folder) */
  public GitChanges(Path folder) {
    this.folder = folder.toAbsolutePath().normalize();
  }

  /** Absolute paths of the files added since {@code ref}, untracked files included. */
  public Set<Path> addedSince(String ref) {
    if (ref.isBlank() || ref.startsWith("-")) {
      throw new GitChangesException("'" + ref + "' is not a git ref", List.of(), "retort lint --since origin/main");
    }
    Path top = Path.of(git("rev-parse", "--show-toplevel").get(0)).toAbsolutePath().normalize();
    Set<Path> files = new LinkedHashSet<>();
    for (String name : git("diff", "--name-only", "--diff-filter=A", ref + "...HEAD")) {
      files.add(top.resolve(name).normalize());
    }
    for (String name : git("ls-files", "--others", "--exclude-standard", "--full-name")) {
      files.add(top.resolve(name).normalize());
    }
    return files;
  }

  /**
   * The full id of the commit {@code ref} names, or empty when it names none, the folder is not in
   * a git repository or git cannot run.
   */
  public java.util.Optional<String> commitOf(String ref) {
    if (ref.isBlank() || ref.startsWith("-")) {
      return java.util.Optional.empty();
    }
    try {
      return git("rev-parse", "--verify", "--quiet", ref + "^{commit}").stream().findFirst();
    } catch (GitChangesException e) {
      return java.util.Optional.empty();
    }
  }

  private List<String> git(String... args) {
    List<String> command = new ArrayList<>(List.of("git", "-c", "core.quotepath=off"));
    command.addAll(List.of(args));
    Process process;
    try {
      process = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(false).start();
    } catch (IOException e) {
      throw new GitChangesException("cannot run git: " + e.getMessage(), List.of(),
          "install git, or run retort lint without --since");
    }
    try {
      process.getOutputStream().close();
      String out = read(process.getInputStream());
      String err = read(process.getErrorStream());
      if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
        throw new GitChangesException(
            "git " + String.join(" ", args) + " failed in " + dev.retort.error.Paths.display(folder),
            err.lines().limit(3).toList(),
            err.contains("not a git repository")
                ? "run retort lint --since inside a git repository, or leave out --since"
                : "check that the ref exists: git rev-parse --verify <ref>");
      }
      return out.lines().filter(l -> !l.isBlank()).toList();
    } catch (IOException e) {
      throw new GitChangesException("cannot read git's output: " + e.getMessage(), List.of(), "retry without --since");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new GitChangesException("interrupted while waiting for git", List.of(), "retry");
    } finally {
      process.destroy();
    }
  }

  private static String read(InputStream in) throws IOException {
    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
  }
}
