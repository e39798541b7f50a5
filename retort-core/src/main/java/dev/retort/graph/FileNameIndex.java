package dev.retort.graph;

import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Scripts by the names a {@code Revises:} or {@code Depends-On:} value may use by mistake in place
 * of an id: the file name, its stem and its slug (the stem after {@code <id>_}). A lookup also
 * takes those names with a script suffix: {@code .sql}, {@code .java}, or the {@code .py} of a
 * file name carried over from Alembic. The first script to claim a name keeps it. Both the header
 * check (script files) and the graph's reference check use this one index.
 *
 * @param <T> what is indexed (a header, a revision)
 */
public final class FileNameIndex<T> {
  private static final Set<String> SCRIPT_SUFFIXES = Set.of("sql", "java", "py");

  private final Map<String, T> byName = new HashMap<>();

  /**
   * @param scripts the scripts, in the order that decides who keeps a shared name
   * @param path the file of a script
   * @param id the revision id a script declares
   */
  public FileNameIndex(Collection<T> scripts, Function<T, Path> path, Function<T, String> id) {
    for (T script : scripts) {
      String name = path.apply(script).getFileName().toString();
      int dot = name.lastIndexOf('.');
      String stem = dot > 0 ? name.substring(0, dot) : name;
      byName.putIfAbsent(name, script);
      byName.putIfAbsent(stem, script);
      String idPrefix = id.apply(script) + "_";
      if (stem.startsWith(idPrefix) && stem.length() > idPrefix.length()) {
        byName.putIfAbsent(stem.substring(idPrefix.length()), script);
      }
    }
  }

  /** The script whose file name, stem or slug {@code value} is, with or without a script suffix. */
  public Optional<T> lookup(String value) {
    T named = byName.get(value);
    int dot = value.lastIndexOf('.');
    if (named == null && dot > 0 && SCRIPT_SUFFIXES.contains(value.substring(dot + 1))) {
      named = byName.get(value.substring(0, dot));
    }
    return Optional.ofNullable(named);
  }
}
