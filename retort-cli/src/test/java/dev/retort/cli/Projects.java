package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** The projects the CLI tests share, and checks that follow from their structure. */
final class Projects {
  private Projects() {}

  /**
   * A branch at 2222 (one side labelled {@code orders}), merged again at 6666, then a straight
   * line of two. The merge lists its parents in non-sorted order, as a user may write them.
   *
   * <pre>
   * 1111 - 2222 - 3333 (orders) - 4444 ------ 6666 - 7777 - 8888
   *           \                              /
   *            5555 ------------------------
   * </pre>
   */
  static TestProject shop(Path dir) {
    TestProject p = TestProject.in(dir);
    p.rev("1111aaaa0001", "", "create users").date("2026-01-01T09:00:00Z").write();
    p.rev("2222bbbb0002", "1111aaaa0001", "add email").date("2026-01-02T09:00:00Z").write();
    p.rev("3333cccc0003", "2222bbbb0002", "create orders").date("2026-01-03T09:00:00Z").labels("orders").write();
    p.rev("4444dddd0004", "3333cccc0003", "add order total").date("2026-01-04T09:00:00Z").write();
    p.rev("5555eeee0005", "2222bbbb0002", "index users by email").date("2026-01-05T09:00:00Z").write();
    p.rev("6666ffff0006", "5555eeee0005, 4444dddd0004", "merge orders").date("2026-01-06T09:00:00Z").write();
    p.rev("7777aaaa0007", "6666ffff0006", "create invoices").date("2026-01-07T09:00:00Z").write();
    p.rev("8888bbbb0008", "7777aaaa0007", "add invoice number").date("2026-01-08T09:00:00Z").write();
    return p;
  }

  /**
   * Two roots; {@code dddd} depends on {@code cccc} (labelled {@code audit}), so {@code cccc} is a
   * head that only {@code --resolve-dependencies} leaves out. {@code dependsOn} is the
   * Depends-On text: the id or the label.
   */
  static TestProject audit(Path dir, String dependsOn) {
    TestProject p = TestProject.in(dir);
    p.rev("aaaa00000001", "", "create users").date("2026-02-01T09:00:00Z").write();
    p.rev("bbbb00000002", "aaaa00000001", "add email").date("2026-02-02T09:00:00Z").write();
    p.rev("cccc00000003", "", "create audit log").date("2026-02-03T09:00:00Z").labels("audit").write();
    p.rev("dddd00000004", "bbbb00000002", "audit users").date("2026-02-04T09:00:00Z").dependsOn(dependsOn).write();
    return p;
  }

  /** One base with two unmerged children: two heads. */
  static TestProject twoHeads(Path dir) {
    TestProject p = TestProject.in(dir);
    p.rev("aaaa00000001", "", "create users").write();
    p.rev("bbbb00000002", "aaaa00000001", "add email").write();
    p.rev("cccc00000003", "aaaa00000001", "add orders").write();
    return p;
  }

  /** The lines must hold every revision newer than its parents (history is newest first). */
  static void assertNewestFirst(List<String> ids, Map<String, List<String>> parents) {
    for (String id : ids) {
      for (String parent : parents.getOrDefault(id, List.of())) {
        if (ids.contains(parent)) {
          assertThat(ids.indexOf(id))
              .as("%s is listed after its parent %s in %s", id, parent, ids)
              .isLessThan(ids.indexOf(parent));
        }
      }
    }
  }

  /** The revision id of a history line {@code <parents> -> <id> ..., message}. */
  static String idOfHistoryLine(String line) {
    int arrow = line.indexOf(" -> ");
    assertThat(arrow).as("history line %s", line).isPositive();
    String rest = line.substring(arrow + 4);
    int end = rest.indexOf(' ');
    int comma = rest.indexOf(',');
    return rest.substring(0, end < 0 || (comma >= 0 && comma < end) ? comma : end);
  }
}
