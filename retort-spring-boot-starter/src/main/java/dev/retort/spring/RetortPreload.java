package dev.retort.spring;

import dev.retort.api.Retort;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.ResourceLoaderAware;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;

/**
 * Reads the revision files on a second thread while the rest of the application context is
 * built: started once the bean definitions are final and Retort's own {@code retort} bean is among
 * them, joined when that bean is created. Only the files are read there (listing, headers,
 * checksums, the graph); nothing connects to a database.
 *
 * <p>What the thread read is used only when the bean's {@code retort.*} properties and class loader
 * are the ones it read with; otherwise, or when it could not be started, the bean reads the files
 * itself as before. An error of the read (a location that does not exist, a malformed revision) is
 * thrown again, unchanged, when the bean joins it, so it stops the start-up with the same failure
 * analysis. The thread is a daemon; closing the context cancels a read nobody took.
 */
final class RetortPreload implements BeanFactoryPostProcessor, EnvironmentAware, ResourceLoaderAware, DisposableBean {
  private Environment environment;
  private ResourceLoader resourceLoader;
  private Started started;
  private boolean used;

  /** A read under way: with these properties and this class loader. */
  private record Started(RetortProperties properties, ClassLoader classLoader, FutureTask<Retort> read) {}

  @Override
  public void setEnvironment(Environment environment) {
    this.environment = environment;
  }

  @Override
  public void setResourceLoader(ResourceLoader resourceLoader) {
    this.resourceLoader = resourceLoader;
  }

  @Override
  public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
    if (!definesRetortBean(beanFactory) || environment == null || resourceLoader == null) {
      return;
    }
    RetortProperties properties;
    try {
      properties = Binder.get(environment).bindOrCreate("retort", RetortProperties.class);
    } catch (RuntimeException e) {
      return; // the bean binds them again and reports what is wrong
    }
    ClassLoader classLoader = resourceLoader.getClassLoader();
    FutureTask<Retort> read = new FutureTask<>(() -> RetortFactory.files(properties, classLoader).readFiles());
    Thread thread = new Thread(read, "retort-read-revisions");
    thread.setDaemon(true);
    thread.setContextClassLoader(classLoader);
    started = new Started(properties, classLoader, read);
    thread.start();
  }

  /** Whether the {@code retort} bean is the auto-configuration's (not replaced by the application's own Retort). */
  private static boolean definesRetortBean(ConfigurableListableBeanFactory beanFactory) {
    if (!beanFactory.containsBeanDefinition("retort")) {
      return false;
    }
    BeanDefinition definition = beanFactory.getBeanDefinition("retort");
    return definition instanceof AnnotatedBeanDefinition annotated && annotated.getFactoryMethodMetadata() != null
        && annotated.getFactoryMethodMetadata().getDeclaringClassName()
            .equals(RetortAutoConfiguration.Migration.class.getName());
  }

  /**
   * The project the second thread read, waiting for it, when it read with these properties and
   * this class loader; empty otherwise (nothing started, other settings, the wait interrupted).
   * Once only: a second call is empty.
   *
   * @throws RuntimeException the read's own error, unchanged
   */
  Optional<Retort> take(RetortProperties properties, ClassLoader classLoader) {
    Started taken = started;
    started = null;
    if (taken == null) {
      return Optional.empty();
    }
    if (!taken.properties().equals(properties) || taken.classLoader() != classLoader) {
      taken.read().cancel(true);
      return Optional.empty();
    }
    try {
      Optional<Retort> read = Optional.of(taken.read().get());
      used = true;
      return read;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      taken.read().cancel(true);
      return Optional.empty();
    } catch (CancellationException e) {
      return Optional.empty();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException failure) {
        throw failure;
      }
      if (e.getCause() instanceof Error failure) {
        throw failure;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  /** Whether the {@code retort} bean took what the second thread read (rather than reading the files itself). */
  boolean used() {
    return used;
  }

  /** Cancels a read that no bean took (the context closed first, or failed before). */
  @Override
  public void destroy() {
    Started left = started;
    started = null;
    if (left != null) {
      left.read().cancel(true);
    }
  }
}
