package dev.retort.spring.actuate;

import dev.retort.api.Retort;
import dev.retort.spring.RetortAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The {@code retort} actuator endpoint, when Spring Boot Actuator is present and the endpoint is
 * exposed. The conditions that name Actuator's classes sit on the nested class, which Spring
 * reads only once the class-name check passed, so an application without Actuator is fine.
 */
@AutoConfiguration(after = RetortAutoConfiguration.class)
@ConditionalOnClass(name = "org.springframework.boot.actuate.endpoint.annotation.Endpoint")
public class RetortEndpointAutoConfiguration {

  /** The endpoint bean. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnBean(Retort.class)
  @ConditionalOnAvailableEndpoint(endpoint = RetortEndpoint.class)
  static class Endpoint {
    @Bean
    @ConditionalOnMissingBean
    RetortEndpoint retortEndpoint(Retort retort) {
      return new RetortEndpoint(retort);
    }
  }
}
