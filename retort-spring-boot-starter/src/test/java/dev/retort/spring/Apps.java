package dev.retort.spring;

import java.nio.file.Path;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Small applications for the tests: a SQLite file, JDBC, jOOQ and Retort. */
final class Apps {
  private Apps() {}

  /** An application on {@code <dir>/app.db} whose revisions are in {@code <dir>/db/retort}. */
  static ApplicationContextRunner sqlite(Path dir) {
    return new ApplicationContextRunner()
        .withConfiguration(BootClasses.jdbcJooqAndRetort())
        .withPropertyValues("spring.datasource.url=jdbc:sqlite:" + dir.resolve("app.db"),
            "retort.locations=" + dir.resolve("db/retort"));
  }

  /** The report Spring Boot prints for a failed start-up, from Retort's analyzers in Boot's order. */
  static FailureAnalysis analyze(Throwable startupFailure) {
    FailureAnalysis analysis = new RetortPropertiesFailureAnalyzer().analyze(startupFailure);
    return analysis != null ? analysis : new RetortFailureAnalyzer().analyze(startupFailure);
  }
}
