package dev.retort.verify;

import dev.retort.schema.SchemaSnapshot;
import java.util.List;

/**
 * Describes how one schema differs from another, one line per difference, in the words of the
 * diff ({@code + column users.email}, {@code - index ix_users_email on users}); none when equal.
 */
@FunctionalInterface
public interface SchemaChanges {
  /** The differences from {@code expected} to {@code actual}: {@code +} is only in {@code actual}. */
  List<String> between(SchemaSnapshot expected, SchemaSnapshot actual);
}
