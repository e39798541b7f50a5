package dev.retort.spring.actuate;

import dev.retort.api.Retort;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;

/**
 * The actuator endpoint {@code retort} ({@code /actuator/retort} once exposed): each revision and
 * its state in the database, read when asked.
 */
@Endpoint(id = "retort")
public final class RetortEndpoint {
  private final Retort retort;

  public RetortEndpoint(Retort retort) {
    this.retort = retort;
  }

  /** Each revision's state, as {@code retort status} shows it. */
  @ReadOperation
  public RevisionsReport revisions() {
    return RevisionsReport.of(retort.status());
  }
}
