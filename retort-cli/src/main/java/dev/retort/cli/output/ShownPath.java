package dev.retort.cli.output;

import dev.retort.api.RevisionInfo;
import dev.retort.error.Paths;

/** Where a revision came from, as output shows it: a file relative to the working directory, else its location. */
public final class ShownPath {
  private ShownPath() {}

  /** The revision's file as {@link Paths#display} shows it, or its location ({@code classpath:...}). */
  public static String of(RevisionInfo revision) {
    return revision.file().map(Paths::display).orElse(revision.location());
  }
}
