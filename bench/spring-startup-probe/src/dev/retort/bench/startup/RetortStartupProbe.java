package dev.retort.bench.startup;

import java.util.Map;
import java.util.TreeMap;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Bench only, not part of Retort: added to the example application's class path and named in
 * {@code --context.initializer.classes} by bench/spring_startup_profile.py. It times the
 * creation of Retort's beans ({@link BeanTimer}) and, when the application is ready, prints one
 * line {@code RETORT-PROBE bean=<name> wall_us=.. thread_cpu_us=.. process_cpu_us=.. classes=..}
 * per bean, and the same for {@code bean=(ready)}: the clocks from the JVM's start to the ready
 * event (thread CPU: the main thread's), for a comparison with the variants without Retort.
 */
public final class RetortStartupProbe implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    BeanTimer timer = new BeanTimer();
    context.getBeanFactory().addBeanPostProcessor(timer);
    context.addApplicationListener(event -> {
      if (event instanceof ApplicationReadyEvent) {
        report(timer.retortBeans());
      }
    });
  }

  private static void report(Map<String, BeanClock> beans) {
    Map<String, BeanClock> lines = new TreeMap<>(beans);
    BeanClock ready = BeanClock.now();
    lines.put("(ready)", new BeanClock(
        java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime() * 1_000_000,
        ready.threadCpuNanos(), ready.processCpuNanos(), ready.classesLoaded()));
    lines.forEach((bean, clock) -> System.out.printf(
        "RETORT-PROBE bean=%s wall_us=%d thread_cpu_us=%d process_cpu_us=%d classes=%d%n", bean,
        clock.wallNanos() / 1000, clock.threadCpuNanos() / 1000, clock.processCpuNanos() / 1000,
        clock.classesLoaded()));
    System.out.flush();
  }
}
