package dev.retort.script;

import java.util.Locale;

/** File-name slugs and Java class names made from revision messages. */
public final class Slug {
  /** Alembic's default slug length. */
  public static final int MAX_LENGTH = 40;

  private Slug() {}

  /** Lower-case letters and digits joined by single underscores, at most 40 characters; may be empty. */
  public static String of(String message) {
    String slug = message.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
    if (slug.length() > MAX_LENGTH) {
      slug = slug.substring(0, MAX_LENGTH).replaceAll("_+$", "");
    }
    return slug;
  }

  /** A Java class name for the revision: the slug in PascalCase plus the id, e.g. {@code AddUsers_3f2a9c1d7b4e}. */
  public static String className(String slug, String id) {
    StringBuilder name = new StringBuilder();
    for (String word : slug.split("_")) {
      if (!word.isEmpty()) {
        name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
      }
    }
    if (name.length() == 0 || !Character.isJavaIdentifierStart(name.charAt(0))) {
      name.insert(0, "Revision");
    }
    return name + "_" + id.replace('.', '_');
  }
}
