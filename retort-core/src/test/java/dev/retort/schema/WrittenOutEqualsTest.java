package dev.retort.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The model records whose equals and hashCode are written out (for speed in a cold JVM) compare
 * every component, as a record's own would: instances built from the same values are equal with the
 * same hash, and changing any one component makes them differ. A component added to one of these
 * records later is covered without touching this test.
 */
class WrittenOutEqualsTest {
  @ParameterizedTest
  @ValueSource(classes = {Index.class, ForeignKey.class, UniqueConstraint.class, CheckConstraint.class})
  void everyComponentTakesPart(Class<?> kind) throws Exception {
    Object base = build(kind, -1);
    Object same = build(kind, -1);
    assertThat(same).isEqualTo(base).hasSameHashCodeAs(base);
    assertThat(base).isNotEqualTo(null).isNotEqualTo("x");
    for (int changed = 0; changed < kind.getRecordComponents().length; changed++) {
      Object other = build(kind, changed);
      assertThat(other).as("%s with component %s changed", kind.getSimpleName(),
          kind.getRecordComponents()[changed].getName()).isNotEqualTo(base);
      assertThat(base).isNotEqualTo(other);
    }
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void indexKeysCompareColumnExpressionAndDirection(boolean descending) {
    IndexColumn column = new IndexColumn("a", null, descending);
    assertThat(new IndexColumn("a", null, descending)).isEqualTo(column).hasSameHashCodeAs(column);
    assertThat(new IndexColumn("b", null, descending)).isNotEqualTo(column);
    assertThat(new IndexColumn("a", null, !descending)).isNotEqualTo(column);
    assertThat(new IndexColumn(null, "a", descending)).isNotEqualTo(column);
    IndexColumn expression = new IndexColumn(null, "lower(a)", descending);
    assertThat(new IndexColumn(null, "lower(a)", descending)).isEqualTo(expression).hasSameHashCodeAs(expression);
    assertThat(new IndexColumn(null, "lower(b)", descending)).isNotEqualTo(expression);
    assertThat(column).isNotEqualTo(null).isNotEqualTo("a");
  }

  /** An instance of {@code kind} from fixed values, with component {@code changed} (if any) given another value. */
  private static Object build(Class<?> kind, int changed) throws Exception {
    RecordComponent[] components = kind.getRecordComponents();
    Object[] arguments = new Object[components.length];
    Class<?>[] types = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      arguments[i] = value(components[i].getGenericType(), i == changed);
      types[i] = components[i].getType();
    }
    Constructor<?> canonical = kind.getDeclaredConstructor(types);
    return canonical.newInstance(arguments);
  }

  private static Object value(Type type, boolean other) {
    if (type instanceof ParameterizedType list) {
      Type element = list.getActualTypeArguments()[0];
      return List.of(value(element, other));
    }
    Class<?> kind = (Class<?>) type;
    if (kind == String.class) {
      return other ? "other" : "one";
    }
    if (kind == boolean.class) {
      return other;
    }
    if (kind == IndexColumn.class) {
      return other ? new IndexColumn(null, "lower(one)", false) : new IndexColumn("one", null, false);
    }
    if (kind.isEnum()) {
      return kind.getEnumConstants()[other ? 1 : 0];
    }
    throw new IllegalStateException("no values for " + kind.getName() + " here yet");
  }
}
