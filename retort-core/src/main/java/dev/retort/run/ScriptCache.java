package dev.retort.run;

import dev.retort.script.Placeholders;
import dev.retort.script.SqlScript;
import dev.retort.script.SqlSyntax;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * SQL revisions read and split once for many runs (a fleet's targets, from several threads), by
 * file, checksum, placeholder values and statement syntax; {@link #NONE} reads them on each run.
 */
public final class ScriptCache {
  /** No caching: each run reads and splits its files. */
  public static final ScriptCache NONE = new ScriptCache(null);

  private final Map<Key, SqlScript> scripts;

  private ScriptCache(Map<Key, SqlScript> scripts) {
    this.scripts = scripts;
  }

  /** A cache to share between runs. */
  public static ScriptCache shared() {
    return new ScriptCache(new ConcurrentHashMap<>());
  }

  /** The script of {@code path}: from the cache, or {@code read} (whose failure is not cached). */
  SqlScript get(Path path, String checksum, Placeholders placeholders, SqlSyntax syntax, Supplier<SqlScript> read) {
    if (scripts == null || checksum.isEmpty()) {
      return read.get();
    }
    Key key = new Key(path, checksum, placeholders, syntax);
    SqlScript cached = scripts.get(key);
    if (cached == null) {
      cached = read.get();
      scripts.putIfAbsent(key, cached);
    }
    return cached;
  }

  private record Key(Path path, String checksum, Placeholders placeholders, SqlSyntax syntax) {}
}
