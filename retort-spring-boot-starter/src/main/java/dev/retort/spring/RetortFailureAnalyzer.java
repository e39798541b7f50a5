package dev.retort.spring;

import dev.retort.error.RetortException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a Retort error anywhere in a failed start-up's causes (a revision that failed, an edited
 * applied revision, a location that does not exist, ...) into Spring Boot's failure report: the
 * error as the command line prints it, and its fix, instead of a wall of nested bean exceptions.
 */
public final class RetortFailureAnalyzer extends AbstractFailureAnalyzer<RetortException> {
  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, RetortException cause) {
    FailureText text = FailureText.of(cause);
    return new FailureAnalysis(text.description(), text.action(), cause);
  }
}
