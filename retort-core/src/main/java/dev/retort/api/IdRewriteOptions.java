package dev.retort.api;

import java.nio.file.Path;
import java.util.Optional;

/**
 * How {@code rename-revision} and {@code rewrite-ids} run.
 *
 * @param dryRun report every change and write nothing
 * @param filesOnly change the files only, not the database
 * @param mappingOut where to write the id mapping ({@code rewrite-ids}: empty for
 *     {@code retort-id-mapping.json} beside the configuration; {@code rename-revision}: empty for none)
 */
public record IdRewriteOptions(boolean dryRun, boolean filesOnly, Optional<Path> mappingOut) {
  /** Files and database, no dry run, the default mapping file. */
  public static IdRewriteOptions defaults() {
    return new IdRewriteOptions(false, false, Optional.empty());
  }
}
