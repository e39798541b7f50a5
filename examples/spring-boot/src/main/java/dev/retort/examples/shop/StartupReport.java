package dev.retort.examples.shop;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Counts the customers while the application starts, in its constructor: the first repository
 * call of the application. It works because Retort has created the tables by then.
 */
@Component
public class StartupReport {
  private static final Logger LOG = LoggerFactory.getLogger(StartupReport.class);
  private final long customersAtStartup;

  public StartupReport(CustomerRepository customers) {
    this.customersAtStartup = customers.count();
    LOG.info("{} customers at start-up", customersAtStartup);
  }

  public long customersAtStartup() {
    return customersAtStartup;
  }
}
