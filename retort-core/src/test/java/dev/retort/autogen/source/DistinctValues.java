package dev.retort.autogen.source;

import dev.retort.schema.IndexColumn;
import dev.retort.schema.SchemaSnapshot;
import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds a schema snapshot by walking the model's record components, so that a component added to
 * the model later is filled in too: every string is different, numbers count up, flags and enum
 * constants change from one value to the next, lists hold two elements, and nullable records are
 * present. Two fields of one type never hold the same value.
 */
final class DistinctValues {
  private int next;

  private DistinctValues() {}

  static SchemaSnapshot snapshot() {
    return (SchemaSnapshot) new DistinctValues().value(SchemaSnapshot.class);
  }

  private Object value(Type type) {
    if (type instanceof ParameterizedType list) {
      List<Object> items = new ArrayList<>();
      items.add(value(list.getActualTypeArguments()[0]));
      items.add(value(list.getActualTypeArguments()[0]));
      return items;
    }
    Class<?> kind = (Class<?>) type;
    int n = next++;
    if (kind == String.class) {
      return "s" + n;
    }
    if (kind == boolean.class) {
      return n % 2 == 0;
    }
    if (kind == long.class) {
      return n * 1_000_003L - 1L;
    }
    if (kind.isEnum()) {
      Object[] constants = kind.getEnumConstants();
      return constants[n % constants.length];
    }
    if (kind == IndexColumn.class) {
      // a key is a column or an expression, not both
      return n % 2 == 0 ? new IndexColumn("c" + n, null, true) : new IndexColumn(null, "lower(e" + n + ")", false);
    }
    if (kind.isRecord()) {
      return record(kind);
    }
    throw new IllegalStateException("DistinctValues cannot make a " + kind.getName() + "; teach it");
  }

  private Object record(Class<?> kind) {
    RecordComponent[] components = kind.getRecordComponents();
    Object[] arguments = new Object[components.length];
    Class<?>[] types = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      arguments[i] = value(components[i].getGenericType());
      types[i] = components[i].getType();
    }
    try {
      Constructor<?> canonical = kind.getDeclaredConstructor(types);
      return canonical.newInstance(arguments);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot build a " + kind.getName(), e);
    }
  }
}
