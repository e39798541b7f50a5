package dev.retort.api;

import static dev.retort.report.Html.escape;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A fleet report as one self-contained HTML page: inline CSS, no script, no outside resource
 * (its Content-Security-Policy forbids both), so it opens from disk. A header gives the run and the
 * count of each status; then the targets in groups: failed, unreachable (each a card with its
 * error, always shown; past {@link #MOST_CARDS} targets a table with an error column, still
 * shown), skipped, behind, changed, unchanged (tables, folded in a {@code <details>} when long). Every text from the report is HTML-escaped.
 */
final class FleetReportHtml {
  /** A table group with more rows than this starts folded. */
  static final int OPEN_ROWS = 25;
  /** A failure group with more targets than this is a table (never folded) rather than cards. */
  static final int MOST_CARDS = 50;

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

  private FleetReportHtml() {}

  /** A group of the page: its id, heading, and which statuses it holds. */
  private enum Group {
    FAILED("Failed", EnumSet.of(FleetTargetStatus.FAILED)),
    UNREACHABLE("Unreachable", EnumSet.of(FleetTargetStatus.UNREACHABLE)),
    SKIPPED("Skipped", EnumSet.of(FleetTargetStatus.SKIPPED)),
    BEHIND("Behind", EnumSet.of(FleetTargetStatus.BEHIND)),
    CHANGED("Changed", EnumSet.of(FleetTargetStatus.UPGRADED, FleetTargetStatus.DOWNGRADED, FleetTargetStatus.STAMPED)),
    UNCHANGED("Unchanged", EnumSet.of(FleetTargetStatus.UNCHANGED));

    private final String heading;
    private final Set<FleetTargetStatus> statuses;

    Group(String heading, Set<FleetTargetStatus> statuses) {
      this.heading = heading;
      this.statuses = statuses;
    }

    String id() {
      return "group-" + name().toLowerCase(Locale.ROOT);
    }
  }

  static String toHtml(FleetReport report) {
    StringBuilder page = new StringBuilder(4096 + 400 * report.targets().size());
    page.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; ")
        .append("style-src 'unsafe-inline'\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(escape(title(report))).append("</title>\n")
        .append("<style>").append(FleetReportStyle.CSS).append("</style>\n</head>\n<body>\n");
    header(page, report);
    page.append("<main>\n");
    for (Group group : Group.values()) {
      List<FleetTargetResult> targets = report.targets().stream()
          .filter(t -> group.statuses.contains(t.status())).toList();
      if (targets.isEmpty()) {
        continue;
      }
      if (group == Group.FAILED || group == Group.UNREACHABLE) {
        cards(page, group, targets);
      } else {
        table(page, group, targets);
      }
    }
    if (report.targets().isEmpty()) {
      page.append("<p class=\"empty\">The report holds no target.</p>\n");
    }
    return page.append("</main>\n</body>\n</html>\n").toString();
  }

  /** "retort fleet upgrade heads: 2 failed, 1 unreachable of 1,303 targets". */
  static String title(FleetReport report) {
    int failed = (int) report.targets().stream().filter(t -> t.status() == FleetTargetStatus.FAILED).count();
    int unreachable = report.failures().size() - failed;
    List<String> bad = new ArrayList<>();
    if (failed > 0) {
      bad.add(failed + " failed");
    }
    if (unreachable > 0) {
      bad.add(unreachable + " unreachable");
    }
    String outcome = bad.isEmpty() ? "no failure in " + targets(report.targets().size())
        : String.join(", ", bad) + " of " + targets(report.targets().size());
    return command(report) + ": " + outcome;
  }

  private static String command(FleetReport report) {
    return "retort fleet " + report.command() + (report.revisionTarget().isEmpty() ? "" : " " + report.revisionTarget());
  }

  private static void header(StringBuilder page, FleetReport report) {
    page.append("<header>\n<h1>").append(escape(command(report))).append("</h1>\n<p class=\"run\">")
        .append("started <time datetime=\"").append(escape(report.startedAt().toString())).append("\">")
        .append(WHEN.format(report.startedAt())).append("</time> · took ")
        .append(FleetTargetHtml.duration(report.durationMillis()))
        .append(report.shard().isEmpty() ? "" : " · shard " + escape(report.shard()))
        .append(" · ").append(targets(report.targets().size())).append("</p>\n<ul class=\"counts\">\n");
    Map<FleetTargetStatus, Integer> counts = FleetReportJsonWriter.counts(report.targets());
    for (Group group : Group.values()) {
      for (FleetTargetStatus status : group.statuses) {
        if (counts.get(status) > 0) {
          page.append("<li class=\"status-").append(status.label()).append("\"><a href=\"#").append(group.id())
              .append("\"><b>").append(number(counts.get(status))).append("</b> ").append(status.label())
              .append("</a></li>\n");
        }
      }
    }
    page.append("</ul>\n</header>\n");
  }

  private static void cards(StringBuilder page, Group group, List<FleetTargetResult> targets) {
    page.append("<section class=\"group\" id=\"").append(group.id()).append("\">\n<h2>").append(group.heading)
        .append(" <span class=\"n\">").append(number(targets.size())).append("</span></h2>\n");
    if (targets.size() <= MOST_CARDS) {
      targets.forEach(target -> FleetTargetHtml.card(page, target));
    } else {
      FleetTargetHtml.table(page, targets);
    }
    page.append("</section>\n");
  }

  private static void table(StringBuilder page, Group group, List<FleetTargetResult> targets) {
    boolean open = targets.size() <= OPEN_ROWS;
    page.append("<details class=\"group\" id=\"").append(group.id()).append('"').append(open ? " open" : "")
        .append(">\n<summary><h2>").append(group.heading).append(" <span class=\"n\">")
        .append(number(targets.size())).append("</span></h2> <span class=\"gist\">")
        .append(escape(gist(targets))).append("</span></summary>\n");
    FleetTargetHtml.table(page, targets);
    page.append("</details>\n");
  }

  /** "all at a1b2c3d4e5f6", or "at 3 different revisions". */
  private static String gist(List<FleetTargetResult> targets) {
    Set<List<String>> revisions = targets.stream().map(FleetTargetResult::after).collect(Collectors.toSet());
    if (revisions.size() == 1) {
      List<String> only = revisions.iterator().next();
      return only.isEmpty() ? "" : (targets.size() == 1 ? "at " : "all at ") + String.join(", ", only);
    }
    return "at " + number(revisions.size()) + " different revisions";
  }

  private static String targets(int count) {
    return number(count) + (count == 1 ? " target" : " targets");
  }

  private static String number(int count) {
    return String.format(Locale.ROOT, "%,d", count);
  }
}
