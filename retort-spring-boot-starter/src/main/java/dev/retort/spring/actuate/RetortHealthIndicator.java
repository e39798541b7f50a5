package dev.retort.spring.actuate;

import dev.retort.api.Retort;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;

/** The {@code retort} health indicator for Spring Boot 3 (see {@link RetortHealth} for what it reports). */
public final class RetortHealthIndicator extends AbstractHealthIndicator {
  private final Retort retort;

  public RetortHealthIndicator(Retort retort) {
    super("Retort could not read the database's revisions");
    this.retort = retort;
  }

  @Override
  protected void doHealthCheck(Health.Builder builder) {
    RetortHealth health = RetortHealth.of(retort.status());
    (health.up() ? builder.up() : builder.down()).withDetails(health.details());
  }
}
