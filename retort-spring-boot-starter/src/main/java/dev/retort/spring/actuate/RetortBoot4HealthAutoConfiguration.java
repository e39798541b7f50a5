package dev.retort.spring.actuate;

import dev.retort.api.Retort;
import dev.retort.spring.RetortAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The {@code retort} health indicator on Spring Boot 4, whose health API moved to {@code
 * org.springframework.boot.health}. Off with {@code management.health.retort.enabled=false}.
 */
@AutoConfiguration(after = RetortAutoConfiguration.class)
@ConditionalOnClass(name = "org.springframework.boot.health.contributor.HealthIndicator")
public class RetortBoot4HealthAutoConfiguration {

  /** The indicator bean; its conditions name Boot 4's classes, so they wait for the class-name check. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnBean(Retort.class)
  @ConditionalOnEnabledHealthIndicator("retort")
  static class Indicator {
    @Bean
    @ConditionalOnMissingBean(name = "retortHealthIndicator")
    RetortBoot4HealthIndicator retortHealthIndicator(Retort retort) {
      return new RetortBoot4HealthIndicator(retort);
    }
  }
}
