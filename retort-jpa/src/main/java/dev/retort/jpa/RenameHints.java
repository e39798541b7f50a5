package dev.retort.jpa;

import dev.retort.autogen.source.EntityLoadException;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.hibernate.boot.Metadata;
import org.hibernate.mapping.Column;
import org.hibernate.mapping.Component;
import org.hibernate.mapping.PersistentClass;
import org.hibernate.mapping.Property;
import org.hibernate.mapping.Table;

/**
 * The {@code @RenamedFrom} hints of the entities, as physical names: the new table and column names
 * are those of Hibernate's mapping (its naming strategies applied), as the database stores them. The
 * annotation is read by name, so the entities may have been compiled against any copy of retort-migration-api.
 */
final class RenameHints {
  static final String ANNOTATION = "dev.retort.migration.RenamedFrom";

  private final HibernateTarget target;
  private final Map<String, String> tables = new LinkedHashMap<>();
  private final Map<String, String> columns = new LinkedHashMap<>();

  private RenameHints(HibernateTarget target) {
    this.target = target;
  }

  /** Table renames (old to new) and column renames ({@code table.old} to new) of the mapping. */
  static RenameHints of(Metadata metadata, HibernateTarget target) {
    RenameHints hints = new RenameHints(target);
    List<PersistentClass> entities = new ArrayList<>(metadata.getEntityBindings());
    entities.sort((a, b) -> a.getEntityName().compareTo(b.getEntityName()));
    for (PersistentClass entity : entities) {
      hints.entity(entity);
    }
    return hints;
  }

  Map<String, String> tables() {
    return tables;
  }

  Map<String, String> columns() {
    return columns;
  }

  private void entity(PersistentClass entity) {
    Class<?> type = entity.getMappedClass();
    Table table = entity.getTable();
    String tableName = target.stored(table.getName(), table.isQuoted());
    renamedFrom(type).ifPresent(old -> tables.put(old, tableName));
    List<Property> properties = new ArrayList<>();
    if (entity.getIdentifierProperty() != null && entity.getSuperclass() == null) {
      properties.add(entity.getIdentifierProperty());
    }
    properties.addAll(entity.getProperties());
    for (Property property : properties) {
      property(type, property, tableName);
    }
  }

  private void property(Class<?> owner, Property property, String tableName) {
    Optional<AnnotatedElement> member = member(owner, property.getName());
    Optional<String> old = member.flatMap(this::renamedFrom);
    if (old.isPresent()) {
      List<Column> mapped = property.getColumns();
      if (mapped.size() != 1) {
        throw new EntityLoadException("@RenamedFrom on " + owner.getName() + "." + property.getName()
            + " names no single column", List.of("the property maps to " + mapped.size() + " columns of table " + tableName),
            "put @RenamedFrom on a property that maps to one column (or on the embeddable's field)", null);
      }
      Column column = mapped.get(0);
      columns.put(tableName + "." + old.get(), target.stored(column.getName(), column.isQuoted()));
    }
    if (property.getValue() instanceof Component component && component.getComponentClass() != null) {
      for (Property part : component.getProperties()) {
        property(component.getComponentClass(), part, tableName);
      }
    }
  }

  private Optional<String> renamedFrom(AnnotatedElement element) {
    for (Annotation annotation : element.getAnnotations()) {
      if (annotation.annotationType().getName().equals(ANNOTATION)) {
        return Optional.of(oldName(value(annotation)));
      }
    }
    return Optional.empty();
  }

  /** The old name as the database stores it: quoted ("Name") as written, unquoted folded like the dialect. */
  private String oldName(String written) {
    String name = written.strip();
    if (name.length() > 2 && (name.startsWith("\"") && name.endsWith("\"") || name.startsWith("`") && name.endsWith("`"))) {
      return name.substring(1, name.length() - 1);
    }
    return target.foldsToLowerCase() ? name.toLowerCase(Locale.ROOT) : name;
  }

  private static String value(Annotation annotation) {
    try {
      return (String) annotation.annotationType().getMethod("value").invoke(annotation);
    } catch (NoSuchMethodException | IllegalAccessException | InvocationTargetException | ClassCastException e) {
      throw new EntityLoadException("@RenamedFrom cannot be read", List.of("reason: " + e),
          "compile the entities against retort-migration-api's dev.retort.migration.RenamedFrom", e);
    }
  }

  /** The field (in the class or a superclass) or getter that holds the property. */
  private static Optional<AnnotatedElement> member(Class<?> owner, String property) {
    String capital = property.isEmpty() ? property : Character.toUpperCase(property.charAt(0)) + property.substring(1);
    for (Class<?> type = owner; type != null && type != Object.class; type = type.getSuperclass()) {
      for (Field field : type.getDeclaredFields()) {
        if (field.getName().equals(property) && hasHint(field)) {
          return Optional.of(field);
        }
      }
      for (Method method : type.getDeclaredMethods()) {
        if (method.getParameterCount() == 0
            && (method.getName().equals("get" + capital) || method.getName().equals("is" + capital))
            && hasHint(method)) {
          return Optional.of(method);
        }
      }
    }
    return Optional.empty();
  }

  private static boolean hasHint(AnnotatedElement element) {
    for (Annotation annotation : element.getAnnotations()) {
      if (annotation.annotationType().getName().equals(ANNOTATION)) {
        return true;
      }
    }
    return false;
  }
}
