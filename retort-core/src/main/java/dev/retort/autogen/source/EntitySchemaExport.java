package dev.retort.autogen.source;

/**
 * Turns JPA entities into the DDL of one dialect, the desired schema of {@code schema =
 * "jpa:<package>"}. Implemented by the {@code retort-jpa} module with Hibernate ORM's own schema
 * export, and found with {@link java.util.ServiceLoader}, so Hibernate loads only for the commands
 * that read entities.
 */
public interface EntitySchemaExport {
  /**
   * The statements that create the entities' tables, sequences and constraints, in the order to
   * run them, and the rename hints the entities carry.
   *
   * @throws EntityLoadException when a class does not load or Hibernate refuses the model (the class
   *     and the reason)
   */
  EntityDdl ddl(EntitySource source);
}
