package dev.retort.migration;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The header of a Java revision. Retort reads it as text (values must be literals) to build the
 * graph without compiling anything; the class is compiled only when it runs.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Revision {
  /** The revision id: 1-255 characters of letters, digits, '_' and '.'. */
  String id();

  /** The revisions it revises (Alembic's down_revision); empty for a base, two or more for a merge. */
  String[] revises() default {};

  /** What it does, one line. */
  String message() default "";

  /** When it was created (ISO-8601), as {@code retort revision} writes it. */
  String createDate() default "";

  /** Branch labels declared on this revision. */
  String[] branchLabels() default {};

  /** Revisions or branch labels that must be applied first, without being parents. */
  String[] dependsOn() default {};

  /** False to run outside a transaction (e.g. for CREATE INDEX CONCURRENTLY). */
  boolean transactional() default true;
}
