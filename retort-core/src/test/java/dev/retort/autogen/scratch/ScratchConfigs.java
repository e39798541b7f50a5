package dev.retort.autogen.scratch;

import dev.retort.config.RetortConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Configurations that differ only in {@code url} and {@code dev_url}. */
final class ScratchConfigs {
  private ScratchConfigs() {}

  static RetortConfig of(String url, String devUrl) {
    return new RetortConfig(Optional.empty(), Path.of("migrations").toAbsolutePath(), List.of(), url, "retort_version",
        255, true, true, Duration.ofSeconds(60), Optional.empty(), devUrl, Map.of());
  }
}
