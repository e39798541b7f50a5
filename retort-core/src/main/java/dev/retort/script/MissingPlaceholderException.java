package dev.retort.script;

import dev.retort.error.ErrorCode;
import dev.retort.error.Location;
import dev.retort.error.RetortException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** A SQL file uses {@code ${name}} and no value is set for it; raised before anything runs. */
public final class MissingPlaceholderException extends RetortException {
  private static final long serialVersionUID = 1L;

  MissingPlaceholderException(Path file, int line, String name, Set<String> known) {
    super(ErrorCode.S013, new Location(file, line), "placeholder ${" + name + "} has no value",
        List.of("nothing was run", known.isEmpty() ? "no placeholder has a value"
            : "placeholders with a value: " + String.join(", ", new TreeSet<>(known))),
        "set it in the [placeholders] table of retort.toml (" + name + " = \"...\"), in the environment variable"
            + " RETORT_PLACEHOLDERS_" + name.toUpperCase(java.util.Locale.ROOT).replace('.', '_').replace('-', '_')
            + ", or from code with RetortBuilder.placeholder(\"" + name + "\", ...)");
  }
}
