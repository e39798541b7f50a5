package dev.retort.jpa;

import dev.retort.autogen.source.EntityLoadException;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads the scanned classes in the entities' class loader and makes each resolve the types of its
 * fields, methods and annotations now, so that a missing dependency is reported with the class
 * that needs it (Hibernate would fail later, somewhere inside its reflection, without saying which
 * entity it was reading).
 */
final class EntityClasses {
  private static final List<String> MARKERS = List.of(
      "jakarta.persistence.Entity", "jakarta.persistence.Embeddable", "jakarta.persistence.MappedSuperclass");

  private EntityClasses() {}

  /** The classes among {@code names} that carry a JPA annotation, loaded and resolved. */
  static List<Class<?>> load(List<String> names, ClassLoader loader) {
    List<Class<?>> classes = new ArrayList<>();
    for (String name : names) {
      Class<?> type = resolve(name, loader);
      if (isAnnotated(type)) {
        classes.add(type);
      }
    }
    return classes;
  }

  private static Class<?> resolve(String name, ClassLoader loader) {
    try {
      Class<?> type = Class.forName(name, false, loader);
      List<Object> resolved = new ArrayList<>();
      resolved.add(type.getGenericSuperclass());
      resolved.addAll(List.of(type.getAnnotations()));
      for (var field : type.getDeclaredFields()) {
        resolved.add(field.getGenericType());
        resolved.addAll(List.of(field.getAnnotations()));
      }
      for (var method : type.getDeclaredMethods()) {
        resolved.add(method.getGenericReturnType());
        resolved.addAll(List.of(method.getAnnotations()));
      }
      return type;
    } catch (ClassNotFoundException | LinkageError | TypeNotPresentException e) {
      throw notLoading(name, e);
    }
  }

  private static boolean isAnnotated(Class<?> type) {
    for (Annotation annotation : type.getAnnotations()) {
      if (MARKERS.contains(annotation.annotationType().getName())) {
        return true;
      }
    }
    return false;
  }

  private static EntityLoadException notLoading(String name, Throwable e) {
    String missing = MissingClass.of(e).orElse(null);
    if (missing != null) {
      return new EntityLoadException("entity " + name + " does not load: class " + missing + " is missing",
          List.of(name + " needs " + missing + ", which is on neither the class path nor Retort's own",
              "reason: " + e),
          "add the jar or folder that holds " + missing + " to --classpath (classpath in retort.toml)", e);
    }
    return new EntityLoadException("entity " + name + " does not load",
        List.of("reason: " + e),
        "recompile the entities for Java 17 or later, with the dependencies on --classpath (classpath in retort.toml)", e);
  }
}
