package dev.retort.run.repeatable;

import dev.retort.script.Placeholders;
import java.util.function.UnaryOperator;

/** A repeatable revision with its placeholders replaced; its checksum stays that of the file as written. */
public record PlaceholderSubstitution(Placeholders placeholders) implements UnaryOperator<RepeatableScript> {
  @Override
  public RepeatableScript apply(RepeatableScript script) {
    return new RepeatableScript(script.name(), script.path(), placeholders.apply(script.path(), script.text()),
        script.checksum(), script.message());
  }
}
