package dev.retort.spring.actuate;

import dev.retort.api.Retort;
import dev.retort.spring.RetortAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.health.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The {@code retort} health indicator on Spring Boot 3 (its health API; Boot 4 has another, see
 * {@link RetortBoot4HealthAutoConfiguration}). Off with {@code management.health.retort.enabled=false}.
 */
@AutoConfiguration(after = RetortAutoConfiguration.class)
@ConditionalOnClass(name = "org.springframework.boot.actuate.health.HealthIndicator")
public class RetortHealthAutoConfiguration {

  /** The indicator bean; its conditions name Actuator's classes, so they wait for the class-name check. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnBean(Retort.class)
  @ConditionalOnEnabledHealthIndicator("retort")
  static class Indicator {
    @Bean
    @ConditionalOnMissingBean(name = "retortHealthIndicator")
    RetortHealthIndicator retortHealthIndicator(Retort retort) {
      return new RetortHealthIndicator(retort);
    }
  }
}
