package dev.retort.bench.startup;

import jdk.jfr.Category;
import jdk.jfr.Event;
import jdk.jfr.Label;
import jdk.jfr.Name;

/**
 * A JFR event for one stretch of the main thread spent creating a Retort bean (its own work, not
 * the beans it waits for), so bench/spring_startup_profile.py can pick the CPU samples inside it.
 */
@Name("dev.retort.bench.RetortBeanWindow")
@Label("Retort bean window")
@Category("Retort bench")
final class RetortBeanWindow extends Event {
  @Label("Bean")
  String bean;
}
