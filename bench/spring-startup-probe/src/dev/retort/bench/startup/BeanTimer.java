package dev.retort.bench.startup;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.config.InstantiationAwareBeanPostProcessor;

/**
 * Times the creation of Retort's beans on the thread that creates them, exclusive of the other
 * beans created meanwhile (the DataSource a Retort bean needs is not Retort's cost): a stack of
 * the beans being created; whenever its top changes, the stretch that just ended is added to the
 * bean on top and, for a Retort bean, recorded as a {@link RetortBeanWindow} JFR event.
 *
 * <p>Bench code, one instance per application context, used from the thread that creates the
 * singletons.
 */
final class BeanTimer implements InstantiationAwareBeanPostProcessor {
  private final Deque<String> creating = new ArrayDeque<>();
  private final Map<String, BeanClock> retortBeans = new LinkedHashMap<>();
  private BeanClock since = BeanClock.now();
  private RetortBeanWindow window;

  @Override
  public Object postProcessBeforeInstantiation(Class<?> beanClass, String beanName) {
    switchTo(() -> creating.push(isRetort(beanClass, beanName) ? "R:" + beanName : beanName));
    return null;
  }

  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) {
    String top = creating.peek();
    if (top != null && (top.equals(beanName) || top.equals("R:" + beanName))) {
      switchTo(creating::pop);
    }
    return bean;
  }

  /** Each Retort bean and the time spent creating it, in the order they were first created. */
  Map<String, BeanClock> retortBeans() {
    return Map.copyOf(retortBeans);
  }

  private void switchTo(Runnable change) {
    BeanClock now = BeanClock.now();
    String top = creating.peek();
    if (top != null && top.startsWith("R:")) {
      retortBeans.merge(top.substring(2), now.minus(since), BeanClock::plus);
      window.commit();
    }
    change.run();
    String next = creating.peek();
    if (next != null && next.startsWith("R:")) {
      window = new RetortBeanWindow();
      window.bean = next.substring(2);
      window.begin();
    }
    since = BeanClock.now();
  }

  /** Beans of the starter, those named retort*, and the application's Retort callbacks. */
  private static boolean isRetort(Class<?> type, String name) {
    if (name.startsWith("retort") || name.startsWith("dev.retort.spring")) {
      return true;
    }
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      if (c.getName().startsWith("dev.retort.spring")) {
        return true;
      }
      for (Class<?> i : c.getInterfaces()) {
        if (i.getName().startsWith("dev.retort.")) {
          return true;
        }
      }
    }
    return false;
  }
}
