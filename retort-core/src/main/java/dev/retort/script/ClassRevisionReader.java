package dev.retort.script;

import dev.retort.error.Location;
import dev.retort.graph.RevisionKind;
import dev.retort.migration.Migration;
import dev.retort.migration.Revision;
import java.lang.annotation.Annotation;
import java.lang.reflect.Modifier;

/**
 * Reads the header of a Java revision compiled by the user's build: the {@code @Revision}
 * annotation of a class found under a class-path location, loaded (not initialised) with that
 * location's class loader. No compiler is involved. The values go through the same checks as a
 * source file's annotation; the checksum is empty, which means "not compared" (class bytes change
 * between builds of the same source, so they cannot tell an edit from a rebuild).
 */
final class ClassRevisionReader {
  /** The file name ending of a compiled class. */
  static final String CLASS = ".class";

  private ClassRevisionReader() {}

  /** The header, or null when the class is not a revision (no {@code @Revision}, or not a class at all). */
  static ScriptHeader read(ClasspathPath file) {
    Class<?> type = load(file);
    if (type == null) {
      return null;
    }
    Revision header = type.getAnnotation(Revision.class);
    if (header == null) {
      refuseForeignAnnotation(file, type);
      refuseRevisionWithoutHeader(file, type);
      return null;
    }
    refuseUnusable(file, type);
    HeaderFields fields = new HeaderFields(file, RevisionKind.JAVA);
    fields.put(HeaderFields.Key.REVISION, header.id(), 0, "id");
    fields.put(HeaderFields.Key.REVISES, String.join(", ", header.revises()), 0, "revises");
    fields.put(HeaderFields.Key.MESSAGE, header.message(), 0, "message");
    fields.put(HeaderFields.Key.CREATE_DATE, header.createDate(), 0, "createDate");
    fields.put(HeaderFields.Key.BRANCH_LABELS, String.join(", ", header.branchLabels()), 0, "branchLabels");
    fields.put(HeaderFields.Key.DEPENDS_ON, String.join(", ", header.dependsOn()), 0, "dependsOn");
    fields.put(HeaderFields.Key.TRANSACTIONAL, Boolean.toString(header.transactional()), 0, "transactional");
    return fields.build("", "revises");
  }

  /** The class a revision's header was read from, checked again (it is loaded as it was then). */
  static Class<? extends Migration> migrationClass(ClasspathPath file) {
    Class<?> type = load(file);
    if (type == null) {
      throw new JavaRevisionClassException(Location.of(file), "no class named " + className(file) + " here",
          "keep the class files of the revisions as the build wrote them", null);
    }
    refuseUnusable(file, type);
    return type.asSubclass(Migration.class);
  }

  /** The class of the file, or null for files that hold no class (package-info, module-info). */
  private static Class<?> load(ClasspathPath file) {
    String name = className(file);
    if (!isClassName(name)) {
      return null;
    }
    try {
      return Class.forName(name, false, file.classLoader());
    } catch (ClassNotFoundException | LinkageError e) {
      throw new JavaRevisionClassException(Location.of(file), "cannot load class " + name + ": " + e,
          "put what the class needs on the class path too, or move classes that are not revisions out of the"
              + " location's package", e);
    }
  }

  /** Whether every part of the dotted name is a Java identifier (not so for package-info, module-info). */
  private static boolean isClassName(String name) {
    for (String part : name.split("\\.", -1)) {
      if (part.isEmpty() || !Character.isJavaIdentifierStart(part.charAt(0))
          || !part.chars().allMatch(Character::isJavaIdentifierPart)) {
        return false;
      }
    }
    return true;
  }

  private static String className(ClasspathPath file) {
    String name = file.resourceName();
    return name.substring(0, name.length() - CLASS.length()).replace('/', '.');
  }

  private static void refuseUnusable(ClasspathPath file, Class<?> type) {
    String simple = type.getSimpleName();
    if (!Migration.class.isAssignableFrom(type)) {
      throw new JavaRevisionClassException(Location.of(file),
          "class " + type.getName() + " carries @Revision but does not implement Migration",
          "declare it as: public final class " + simple + " implements Migration { ... }", null);
    }
    if (type.isInterface() || Modifier.isAbstract(type.getModifiers())) {
      throw new JavaRevisionClassException(Location.of(file),
          "class " + type.getName() + " carries @Revision but is abstract, so it cannot run",
          "put @Revision on the concrete class that extends it", null);
    }
  }

  /**
   * A concrete class that implements {@code Migration} without {@code @Revision} would never run,
   * as in a {@code .java} file: refused with the annotation to add.
   */
  private static void refuseRevisionWithoutHeader(ClasspathPath file, Class<?> type) {
    if (Migration.class.isAssignableFrom(type) && !type.isInterface() && !Modifier.isAbstract(type.getModifiers())
        && !type.isAnonymousClass()) {
      throw new HeaderlessScriptException(file, RevisionKind.JAVA, 0,
          "class " + type.getName() + " implements Migration", NewIds.fromText(type.getName()), null);
    }
  }

  /**
   * A class annotated with a {@code @Revision} that another class loader loaded (retort-migration-api
   * twice on the class path) would look like no revision at all; say so instead.
   */
  private static void refuseForeignAnnotation(ClasspathPath file, Class<?> type) {
    for (Annotation annotation : type.getAnnotations()) {
      if (annotation.annotationType().getName().equals(Revision.class.getName())) {
        throw new JavaRevisionClassException(Location.of(file),
            "class " + type.getName() + " carries a @Revision loaded by another class loader ("
                + annotation.annotationType().getClassLoader() + ") than Retort's (" + Revision.class.getClassLoader()
                + ")",
            "put retort-migration-api on the class path once, beside retort-core", null);
      }
    }
  }
}
