package dev.retort.autogen.diff;

import dev.retort.ops.Op;
import dev.retort.schema.Schema;
import dev.retort.schema.Sequence;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Sequences by name (PostgreSQL; SQLite reports none). A new one is created before the tables, so a
 * {@code nextval} default finds it, and its owner ({@code OWNED BY}) is set once the owning column
 * exists; a changed one is altered in the parts that differ; a removed one is dropped after the
 * columns that drew from it, {@code IF EXISTS} when it had an owner, since dropping the owning
 * table or column drops it too.
 */
final class SequenceComparator {
  private SequenceComparator() {}

  static void compare(Schema current, Schema desired, DiffPlan plan) {
    String schema = desired.name();
    Map<String, Sequence> have = byName(current);
    Map<String, Sequence> want = byName(desired);
    for (Sequence s : want.values()) {
      Sequence old = have.get(s.name());
      if (old == null) {
        plan.createSequences.add(new Op.CreateSequence(spec(schema, s)));
        if (s.ownedBy() != null) {
          plan.alterSequences.add(new Op.AlterSequence(
              dev.retort.migration.Sequence.named(ModelConverter.qualified(schema, s.name())).ownedBy(
                  ModelConverter.qualified(schema, table(s.ownedBy())), column(s.ownedBy()))));
        }
      } else if (!old.equals(s)) {
        plan.alterSequences.add(new Op.AlterSequence(change(schema, old, s)));
        if (s.minValue() > old.minValue() || s.maxValue() < old.maxValue()) {
          plan.warnings.add("sequence " + ModelConverter.qualified(schema, s.name()) + ": its range narrows to ["
              + s.minValue() + ", " + s.maxValue() + "], and ALTER SEQUENCE fails if the current value lies outside;"
              + " check it (SELECT last_value FROM " + s.name() + ") and add ALTER SEQUENCE " + s.name()
              + " RESTART WITH <n> before it if needed");
        }
      }
    }
    for (Sequence old : have.values()) {
      if (!want.containsKey(old.name())) {
        plan.dropSequences.add(new Op.DropSequence(ModelConverter.qualified(schema, old.name()), old.ownedBy() != null));
      }
    }
  }

  /** Everything but the owner, which needs its column. */
  private static dev.retort.migration.Sequence spec(String schema, Sequence s) {
    dev.retort.migration.Sequence spec = dev.retort.migration.Sequence.named(ModelConverter.qualified(schema, s.name()))
        .as(s.dataType()).incrementBy(s.increment()).minValue(s.minValue()).maxValue(s.maxValue()).startWith(s.start())
        .cache(s.cache());
    return s.cycle() ? spec.cycle() : spec.noCycle();
  }

  /** The parts of {@code wanted} that differ from {@code old}. */
  static dev.retort.migration.Sequence change(String schema, Sequence old, Sequence wanted) {
    dev.retort.migration.Sequence spec = dev.retort.migration.Sequence.named(ModelConverter.qualified(schema, wanted.name()));
    if (!old.dataType().equals(wanted.dataType())) {
      spec = spec.as(wanted.dataType());
    }
    if (old.increment() != wanted.increment()) {
      spec = spec.incrementBy(wanted.increment());
    }
    if (old.minValue() != wanted.minValue()) {
      spec = spec.minValue(wanted.minValue());
    }
    if (old.maxValue() != wanted.maxValue()) {
      spec = spec.maxValue(wanted.maxValue());
    }
    if (old.start() != wanted.start()) {
      spec = spec.startWith(wanted.start());
    }
    if (old.cache() != wanted.cache()) {
      spec = spec.cache(wanted.cache());
    }
    if (old.cycle() != wanted.cycle()) {
      spec = wanted.cycle() ? spec.cycle() : spec.noCycle();
    }
    if (!Objects.equals(old.ownedBy(), wanted.ownedBy())) {
      spec = wanted.ownedBy() == null ? spec.ownedByNone()
          : spec.ownedBy(ModelConverter.qualified(schema, table(wanted.ownedBy())), column(wanted.ownedBy()));
    }
    return spec;
  }

  private static String table(String owner) {
    return owner.substring(0, owner.lastIndexOf('.'));
  }

  private static String column(String owner) {
    return owner.substring(owner.lastIndexOf('.') + 1);
  }

  private static Map<String, Sequence> byName(Schema schema) {
    Map<String, Sequence> out = new TreeMap<>();
    schema.sequences().forEach(s -> out.put(s.name(), s));
    return out;
  }
}
