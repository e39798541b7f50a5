package dev.retort.bench.startup;

import java.lang.management.ClassLoadingMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * One reading of the clocks the probe compares: wall time, the calling thread's CPU time, the
 * whole process's CPU time (fork-join workers and the JIT included) and the classes loaded so far.
 *
 * @param wallNanos {@link System#nanoTime()}
 * @param threadCpuNanos CPU time of the calling thread
 * @param processCpuNanos CPU time of the process
 * @param classesLoaded classes loaded since the JVM started
 */
record BeanClock(long wallNanos, long threadCpuNanos, long processCpuNanos, long classesLoaded) {

  static BeanClock now() {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    ClassLoadingMXBean classes = ManagementFactory.getClassLoadingMXBean();
    var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    return new BeanClock(System.nanoTime(), threads.getCurrentThreadCpuTime(), os.getProcessCpuTime(),
        classes.getTotalLoadedClassCount());
  }

  /** What passed from {@code earlier} to this reading. */
  BeanClock minus(BeanClock earlier) {
    return new BeanClock(wallNanos - earlier.wallNanos, threadCpuNanos - earlier.threadCpuNanos,
        processCpuNanos - earlier.processCpuNanos, classesLoaded - earlier.classesLoaded);
  }

  BeanClock plus(BeanClock other) {
    return new BeanClock(wallNanos + other.wallNanos, threadCpuNanos + other.threadCpuNanos,
        processCpuNanos + other.processCpuNanos, classesLoaded + other.classesLoaded);
  }
}
