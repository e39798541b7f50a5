package dev.retort.spring;

import dev.retort.error.NearMatches;
import java.time.Duration;
import java.util.Comparator;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.UnboundConfigurationPropertiesException;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.origin.Origin;
import org.springframework.core.Ordered;

/**
 * A {@code retort.*} property that names nothing ({@code retort.locatons}) or whose value has the
 * wrong type ({@code retort.validate-on-migrate=sometimes}): says which, where it was set, and the
 * property meant. Runs before Spring Boot's own binding analyzers, for {@code retort.*} only.
 */
public final class RetortPropertiesFailureAnalyzer extends AbstractFailureAnalyzer<BindException>
    implements Ordered {

  @Override
  public int getOrder() {
    return Ordered.HIGHEST_PRECEDENCE;
  }

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, BindException cause) {
    if (!cause.getName().toString().startsWith("retort")) {
      return null;
    }
    RetortConfigurationException error = describe(cause);
    if (error == null) {
      return null;
    }
    FailureText text = FailureText.of(error);
    return new FailureAnalysis(text.description(), text.action(), cause);
  }

  private static RetortConfigurationException describe(BindException cause) {
    if (cause.getCause() instanceof UnboundConfigurationPropertiesException unbound) {
      ConfigurationProperty first = unbound.getUnboundProperties().stream()
          .min(Comparator.comparing(p -> p.getName().toString()))
          .orElse(null);
      if (first == null) {
        return null;
      }
      String name = first.getName().toString();
      return RetortConfigurationException.unknownProperty(name, origin(first.getOrigin()),
          NearMatches.among(name, RetortPropertyNames.all()), RetortPropertyNames.all());
    }
    ConfigurationProperty property = cause.getProperty();
    if (property == null) {
      return null;
    }
    return RetortConfigurationException.badValue(property.getName().toString(), property.getValue(),
        origin(property.getOrigin()), expected(cause.getTarget().getType().resolve(Object.class)), cause.getCause());
  }

  private static String expected(Class<?> type) {
    if (type == boolean.class || type == Boolean.class) {
      return "true or false";
    }
    if (type == Duration.class) {
      return "a duration such as 30s or 2m";
    }
    return "a " + type.getSimpleName();
  }

  private static String origin(Origin origin) {
    return origin == null ? "an unknown place" : origin.toString();
  }
}
