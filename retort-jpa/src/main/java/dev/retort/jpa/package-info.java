/**
 * JPA entities as the desired schema ({@code schema = "jpa:<package>"}): {@link
 * dev.retort.jpa.HibernateEntitySchemaExport} implements retort-core's {@code EntitySchemaExport}
 * with Hibernate ORM's own schema export, and is found with {@link java.util.ServiceLoader}. Uses
 * {@code dev.retort.autogen.source} and {@code dev.retort.error} only.
 */
package dev.retort.jpa;
