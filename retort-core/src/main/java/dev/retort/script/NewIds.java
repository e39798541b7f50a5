package dev.retort.script;

import java.nio.charset.StandardCharsets;

/** Ids to suggest in error messages, derived from the text they are for so the suggestion is stable. */
final class NewIds {
  private NewIds() {}

  /** Twelve hex characters of the text's SHA-256, the shape {@code retort revision} makes. */
  static String fromText(String text) {
    return Checksum.of(text.getBytes(StandardCharsets.UTF_8)).substring(0, 12);
  }
}
