package dev.retort.api;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** Fleet reports and targets for the report tests, built field by field. */
final class FleetReportFixtures {
  private FleetReportFixtures() {}

  static FleetReport report(String shard, String startedAt, long durationMillis, FleetTargetResult... targets) {
    return new FleetReport("upgrade", "heads", shard, Instant.parse(startedAt), durationMillis, List.of(targets));
  }

  static FleetTargetResult target(String name, FleetTargetStatus status) {
    return new FleetTargetResult(name, "all", List.of(), "postgresql://db.example/" + name, Optional.empty(), status,
        List.of("a1"), List.of(status == FleetTargetStatus.UPGRADED ? "b2" : "a1"), 40, Optional.empty(),
        Optional.empty());
  }

  static FleetTargetResult failed(String name, String code, String message, String statement) {
    FleetFailure failure = new FleetFailure(Optional.of(code), message, Optional.of("b2c3d4e5f6a7"),
        Optional.of("migrations/versions/b2c3d4e5f6a7_add_orders.sql"), OptionalInt.of(12), Optional.of(statement),
        Optional.of("fix the statement, then run: retort fleet upgrade heads"));
    return new FleetTargetResult(name, "canary", List.of("eu", "paying"), "postgresql://db.example/shop",
        Optional.of("tenant_" + name), FleetTargetStatus.FAILED, List.of("a1b2c3d4e5f6"), List.of("a1b2c3d4e5f6"),
        1234, Optional.of(failure), Optional.empty());
  }

  static FleetTargetResult unreachable(String name) {
    FleetFailure failure = new FleetFailure(Optional.of("RT-D002"), "connection refused", Optional.empty(),
        Optional.empty(), OptionalInt.empty(), Optional.empty(), Optional.empty());
    return new FleetTargetResult(name, "all", List.of(), "postgresql://down.example/" + name, Optional.empty(),
        FleetTargetStatus.UNREACHABLE, List.of(), List.of(), 5000, Optional.of(failure), Optional.empty());
  }

  static FleetTargetResult behind(String name) {
    FleetTargetState state = new FleetTargetState(3, List.of("c3"), List.of("d4"), List.of(), Optional.of(true),
        List.of("- index ix_orders_note on orders", "+ column orders.total"), Optional.empty());
    return new FleetTargetResult(name, "all", List.of("us"), "sqlite:tenants/" + name + ".db", Optional.empty(),
        FleetTargetStatus.BEHIND, List.of("a1", "x9"), List.of("a1", "x9"), 7, Optional.empty(), Optional.of(state));
  }
}
