package dev.retort.autogen.diff;

import dev.retort.ops.Op;
import dev.retort.schema.EnumType;
import dev.retort.schema.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * PostgreSQL enum types by name (SQLite reports none): created before the tables that use them,
 * dropped after the columns that used them. New values are added in place ({@code ADD VALUE ...
 * BEFORE/AFTER}); a removed or reordered value is a warning with the manual recipe, since
 * PostgreSQL cannot drop an enum value or move one.
 */
final class EnumTypeComparator {
  private EnumTypeComparator() {}

  static void compare(Schema current, Schema desired, DiffPlan plan) {
    String schema = desired.name();
    Map<String, EnumType> have = byName(current);
    Map<String, EnumType> want = byName(desired);
    for (EnumType e : want.values()) {
      EnumType old = have.get(e.name());
      String name = ModelConverter.qualified(schema, e.name());
      if (old == null) {
        plan.createTypes.add(new Op.CreateEnumType(name, e.labels()));
      } else if (!old.labels().equals(e.labels())) {
        if (keepsOrder(old.labels(), e.labels())) {
          plan.createTypes.addAll(additions(name, old.labels(), e.labels()));
        } else {
          plan.warnings.add(recipe(name, old.labels(), e.labels()));
        }
      }
    }
    for (EnumType old : have.values()) {
      if (!want.containsKey(old.name())) {
        plan.dropTypes.add(new Op.DropEnumType(ModelConverter.qualified(schema, old.name()), false));
      }
    }
  }

  /** Whether {@code wanted} holds every value of {@code old}, in the same order. */
  static boolean keepsOrder(List<String> old, List<String> wanted) {
    int at = 0;
    for (String label : wanted) {
      if (at < old.size() && old.get(at).equals(label)) {
        at++;
      }
    }
    return at == old.size() && wanted.containsAll(old);
  }

  /**
   * The values to add: those after the first old value each after its predecessor, then those
   * before it, each before its successor, so every anchor exists when its value is added.
   */
  static List<Op> additions(String type, List<String> old, List<String> wanted) {
    List<Op> out = new ArrayList<>();
    if (old.isEmpty()) {
      wanted.forEach(v -> out.add(new Op.AddEnumValue(type, v, null, null)));
      return out;
    }
    int first = wanted.indexOf(old.get(0));
    for (int i = first + 1; i < wanted.size(); i++) {
      if (!old.contains(wanted.get(i))) {
        out.add(new Op.AddEnumValue(type, wanted.get(i), null, wanted.get(i - 1)));
      }
    }
    for (int i = first - 1; i >= 0; i--) {
      out.add(new Op.AddEnumValue(type, wanted.get(i), wanted.get(i + 1), null));
    }
    return out;
  }

  private static String recipe(String type, List<String> old, List<String> wanted) {
    List<String> removed = old.stream().filter(v -> !wanted.contains(v)).toList();
    String what = removed.isEmpty() ? "its values are reordered" : "value(s) " + removed + " are removed";
    String values = String.join(", ", wanted.stream().map(v -> "'" + v.replace("'", "''") + "'").toList());
    return "enum type " + type + ": " + what + ", which PostgreSQL cannot do in place, so no operation is written;"
        + " by hand: ALTER TYPE " + type + " RENAME TO " + type + "_old; CREATE TYPE " + type + " AS ENUM (" + values
        + "); for each column of the type: ALTER TABLE <table> ALTER COLUMN <column> TYPE " + type + " USING <column>::text::"
        + type + " (after updating rows that hold a removed value); DROP TYPE " + type + "_old";
  }

  private static Map<String, EnumType> byName(Schema schema) {
    Map<String, EnumType> out = new TreeMap<>();
    schema.enumTypes().forEach(e -> out.put(e.name(), e));
    return out;
  }
}
