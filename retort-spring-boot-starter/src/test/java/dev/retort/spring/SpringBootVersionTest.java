package dev.retort.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootVersion;

/**
 * The suite runs on the Spring Boot version the module's build names: 3.5 in
 * retort-spring-boot-starter, 4.0 in retort-spring-boot4-test (Maven passes it in).
 */
class SpringBootVersionTest {
  @Test
  void runsOnTheSpringBootVersionTheBuildNames() {
    String expected = System.getProperty("expectedSpringBootVersion");
    assumeTrue(expected != null, "run by Maven, which names the version");

    assertThat(SpringBootVersion.getVersion()).isEqualTo(expected);
  }
}
