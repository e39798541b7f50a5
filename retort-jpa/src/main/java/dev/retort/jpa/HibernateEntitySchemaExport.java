package dev.retort.jpa;

import dev.retort.autogen.source.EntityDdl;
import dev.retort.autogen.source.EntityLoadException;
import dev.retort.autogen.source.EntitySchemaExport;
import dev.retort.autogen.source.EntitySource;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.HibernateException;

/**
 * {@code schema = "jpa:<package>"}: the entities of a package, loaded from the user's class path in
 * a class loader of their own (whose parent is this module's, so the Jakarta Persistence annotations
 * are the ones Hibernate reads), mapped by Hibernate ORM without a database connection, and turned
 * into the create script by Hibernate's own schema management tool for the dialect.
 */
public final class HibernateEntitySchemaExport implements EntitySchemaExport {
  /** For {@link java.util.ServiceLoader}. */
  public HibernateEntitySchemaExport() {}

  @Override
  public EntityDdl ddl(EntitySource source) {
    HibernateTarget target = HibernateTarget.of(source.dialect());
    EntityScan.Found found = EntityScan.scan(source.packageName(), source.classpath());
    if (found.candidates().isEmpty()) {
      throw noEntities(source, found);
    }
    try (URLClassLoader loader = new URLClassLoader("retort-entities", urls(source.classpath()), getClass().getClassLoader())) {
      Thread thread = Thread.currentThread();
      ClassLoader previous = thread.getContextClassLoader();
      thread.setContextClassLoader(loader);
      try {
        List<Class<?>> classes = EntityClasses.load(found.candidates(), loader);
        if (classes.isEmpty()) {
          throw noEntities(source, found);
        }
        return export(source, classes, loader, target);
      } finally {
        thread.setContextClassLoader(previous);
      }
    } catch (IOException e) {
      // closing a class loader over local files; nothing the user can do, the result stands
      throw new EntityLoadException("the class loader of the entities did not close", List.of("reason: " + e),
          "retry; if it persists, report it with the output of -v", e);
    }
  }

  private static EntityDdl export(EntitySource source, List<Class<?>> classes, ClassLoader loader, HibernateTarget target) {
    try (HibernateModel model = HibernateModel.build(classes, loader, target)) {
      List<String> statements = CreateScript.of(model);
      RenameHints hints = RenameHints.of(model.metadata(), target);
      return new EntityDdl(statements, hints.tables(), hints.columns());
    } catch (EntityLoadException e) {
      throw e;
    } catch (HibernateException | IllegalArgumentException | IllegalStateException e) {
      throw MappingRefused.of(source, e);
    } catch (LinkageError | TypeNotPresentException e) {
      throw MappingRefused.missingClass(source, e);
    }
  }

  private static EntityLoadException noEntities(EntitySource source, EntityScan.Found found) {
    List<String> details = new ArrayList<>();
    details.add("no class of " + source.packageName() + " or its sub-packages is annotated @Entity, @Embeddable or @MappedSuperclass");
    details.add("class path searched: " + ClassPathText.of(source.classpath()));
    if (!found.javax().isEmpty()) {
      details.add(found.javax().get(0) + " uses javax.persistence; Hibernate ORM 7 reads jakarta.persistence only");
      return new EntityLoadException("no JPA entities in package " + source.packageName(), details,
          "migrate the entities to jakarta.persistence (the package rename of Jakarta EE 9)", null);
    }
    return new EntityLoadException("no JPA entities in package " + source.packageName(), details,
        "check the package in schema = \"jpa:<package>\" and that --classpath (classpath in retort.toml) holds the compiled classes",
        null);
  }

  private static URL[] urls(List<Path> classpath) {
    URL[] urls = new URL[classpath.size()];
    for (int i = 0; i < urls.length; i++) {
      try {
        urls[i] = classpath.get(i).toAbsolutePath().toUri().toURL();
      } catch (MalformedURLException e) {
        throw new EntityLoadException("class path entry " + classpath.get(i) + " is not a file or folder",
            List.of("reason: " + e), "pass folders and jars to --classpath (classpath in retort.toml)", e);
      }
    }
    return urls;
  }
}
