package dev.retort.migration;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A rename hint on a JPA entity ({@code schema = "jpa:<package>"}): autogenerate writes a RENAME
 * of the old table or column instead of a drop and an add. On an entity class it names the table's
 * old name; on a field or getter, the column's old name. The names are the database's (as they
 * were in the schema before), e.g. {@code @RenamedFrom("customer_email")}.
 *
 * <p>Retort reads it by name through the entities' class loader, so the entities need retort-migration-api
 * only at compile time. Remove it once every database has the new name.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.FIELD, ElementType.METHOD})
public @interface RenamedFrom {
  /** The old table or column name. */
  String value();
}
