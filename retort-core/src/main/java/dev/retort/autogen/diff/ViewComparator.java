package dev.retort.autogen.diff;

import dev.retort.ops.Op;
import dev.retort.schema.Column;
import dev.retort.schema.Schema;
import dev.retort.schema.Table;
import dev.retort.schema.View;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Views by name and definition (as the database normalises it, so both sides must come from the
 * same kind of database). A view is recreated, dropped before anything else and created after
 * everything else, when its definition changes, when a table it names loses a column, changes a
 * column's type or is dropped, and when a view it names is recreated; so a column change never
 * meets a view that reads the column. Views that name other views are dropped before and created
 * after them. A view's comment is set after it is created; comments of views kept as they are
 * are compared like table comments.
 */
final class ViewComparator {
  private ViewComparator() {}

  static void compare(Schema current, Schema desired, DiffPlan plan) {
    String schema = desired.name();
    Map<String, View> have = byName(current.views());
    Map<String, View> want = byName(desired.views());
    Set<String> changedTables = have.isEmpty() ? Set.of() : changedTables(current, desired);
    Set<String> recreated = new TreeSet<>();
    boolean progress = true;
    while (progress) {
      progress = false;
      for (View old : have.values()) {
        if (!recreated.contains(old.name()) && mustRecreate(old, want.get(old.name()), changedTables, recreated)) {
          recreated.add(old.name());
          progress = true;
        }
      }
    }
    for (String name : dependentsFirst(recreated, have)) {
      plan.dropViews.add(new Op.DropView(ModelConverter.qualified(schema, name), false));
    }
    Set<String> created = new TreeSet<>();
    for (View v : want.values()) {
      if (!have.containsKey(v.name()) || recreated.contains(v.name())) {
        created.add(v.name());
      }
    }
    List<String> order = dependentsFirst(created, want);
    java.util.Collections.reverse(order);
    for (String name : order) {
      View v = want.get(name);
      plan.createViews.add(new Op.CreateView(ModelConverter.qualified(schema, name), v.definition(), false));
      if (v.comment() != null) {
        plan.comments.add(new Op.SetComment(Op.CommentOn.VIEW, ModelConverter.qualified(schema, name), null, v.comment()));
      }
    }
    for (View v : want.values()) {
      View old = have.get(v.name());
      if (old != null && !created.contains(v.name()) && !Objects.equals(old.comment(), v.comment())) {
        plan.comments.add(new Op.SetComment(Op.CommentOn.VIEW, ModelConverter.qualified(schema, v.name()), null, v.comment()));
      }
    }
  }

  private static boolean mustRecreate(View old, View wanted, Set<String> changedTables, Set<String> recreated) {
    if (wanted == null || !old.definition().equals(wanted.definition())) {
      return true;
    }
    return mentionsAny(old.definition(), changedTables) || mentionsAny(old.definition(), recreated);
  }

  /**
   * Tables of {@code current} that are dropped, or lose a column or change a column's type in
   * {@code desired} (after renames, so a renamed column counts as lost).
   */
  static Set<String> changedTables(Schema current, Schema desired) {
    Set<String> changed = new TreeSet<>();
    Map<String, Table> want = TablesByName.of(desired);
    for (Table t : current.tables()) {
      Optional<Table> wanted = Optional.ofNullable(want.get(t.name()));
      if (wanted.isEmpty()) {
        changed.add(t.name());
        continue;
      }
      for (Column c : t.columns()) {
        Optional<Column> w = wanted.get().column(c.name());
        if (w.isEmpty() || !w.get().type().normalized().equals(c.type().normalized())) {
          changed.add(t.name());
        }
      }
    }
    return changed;
  }

  /** The names in {@code names} ordered so that a view comes before the views it names. */
  private static List<String> dependentsFirst(Set<String> names, Map<String, View> views) {
    List<String> out = new ArrayList<>();
    Set<String> left = new LinkedHashSet<>(names);
    while (!left.isEmpty()) {
      String next = left.stream()
          .filter(n -> left.stream().noneMatch(o -> !o.equals(n) && mentions(views.get(o).definition(), n)))
          .findFirst().orElse(left.iterator().next());
      out.add(next);
      left.remove(next);
    }
    return out;
  }

  private static boolean mentionsAny(String definition, Collection<String> names) {
    return names.stream().anyMatch(n -> mentions(definition, n));
  }

  /** Whether {@code name} occurs in {@code sql} as a whole word (case-insensitive). */
  static boolean mentions(String sql, String name) {
    return Pattern.compile("(?i)(?<![A-Za-z0-9_$])" + Pattern.quote(name) + "(?![A-Za-z0-9_$])").matcher(sql).find();
  }

  private static Map<String, View> byName(List<View> views) {
    Map<String, View> out = new TreeMap<>();
    views.forEach(v -> out.put(v.name(), v));
    return out;
  }
}
