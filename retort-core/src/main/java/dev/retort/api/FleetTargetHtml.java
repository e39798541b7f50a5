package dev.retort.api;

import static dev.retort.report.Html.escape;

import dev.retort.dialect.DatabaseUrl;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** One target of the HTML fleet report: a card (failures) or a table row (the rest). */
final class FleetTargetHtml {
  private FleetTargetHtml() {}

  /** A card with every fact of the target and, when it has one, its error. */
  static void card(StringBuilder page, FleetTargetResult target) {
    page.append("<article class=\"target status-").append(target.status().label()).append("\">\n<h3>")
        .append(badge(target.status())).append(" <span class=\"name\">").append(escape(target.name()))
        .append("</span></h3>\n<dl class=\"facts\">\n");
    fact(page, "stage", escape(target.stage()));
    fact(page, "tags", escape(String.join(", ", target.tags())));
    fact(page, "schema", escape(target.schema().orElse("")));
    fact(page, "database", code(url(target)));
    fact(page, "before", revisions(target.before()));
    fact(page, "after", revisions(target.after()));
    fact(page, "took", duration(target.durationMillis()));
    target.state().ifPresent(state -> fact(page, "state", state(state)));
    page.append("</dl>\n");
    target.error().ifPresent(error -> error(page, error));
    page.append("</article>\n");
  }

  private static void error(StringBuilder page, FleetFailure error) {
    page.append("<div class=\"error\">\n<p class=\"message\">");
    error.code().ifPresent(code -> page.append("<span class=\"code\">").append(escape(code)).append("</span> "));
    page.append(escape(error.message())).append("</p>\n");
    List<String> where = new ArrayList<>();
    error.revision().ifPresent(revision -> where.add("revision " + code(revision)));
    error.file().ifPresent(file -> where.add("in " + code(file + (error.line().isPresent()
        ? ":" + error.line().getAsInt() : ""))));
    if (!where.isEmpty()) {
      page.append("<p class=\"where\">").append(String.join(" · ", where)).append("</p>\n");
    }
    error.statement().ifPresent(statement ->
        page.append("<pre class=\"statement\">").append(escape(statement)).append("</pre>\n"));
    error.fix().ifPresent(fix -> page.append("<p class=\"fix\">fix: ").append(escape(fix)).append("</p>\n"));
    page.append("</div>\n");
  }

  /**
   * A table with a row per target; a state column when a target has a state, an error column
   * when one has an error.
   */
  static void table(StringBuilder page, List<FleetTargetResult> targets) {
    boolean states = targets.stream().anyMatch(t -> t.state().isPresent());
    boolean errors = targets.stream().anyMatch(t -> t.error().isPresent());
    page.append("<table>\n<thead><tr><th>target</th><th>status</th><th>stage</th><th>tags</th><th>schema</th>")
        .append("<th>before</th><th>after</th><th>took</th>").append(states ? "<th>state</th>" : "")
        .append(errors ? "<th>error</th>" : "")
        .append("<th>database</th></tr></thead>\n<tbody>\n");
    for (FleetTargetResult target : targets) {
      page.append("<tr class=\"target status-").append(target.status().label()).append("\"><td class=\"name\">")
          .append(escape(target.name())).append("</td><td>").append(badge(target.status())).append("</td><td>")
          .append(escape(target.stage())).append("</td><td>").append(escape(String.join(", ", target.tags())))
          .append("</td><td>").append(escape(target.schema().orElse(""))).append("</td><td>")
          .append(revisions(target.before())).append("</td><td>").append(revisions(target.after()))
          .append("</td><td class=\"took\">").append(duration(target.durationMillis())).append("</td>");
      if (states) {
        page.append("<td>").append(target.state().map(FleetTargetHtml::state).orElse("")).append("</td>");
      }
      if (errors) {
        page.append("<td>");
        target.error().ifPresent(error -> error(page, error));
        page.append("</td>");
      }
      page.append("<td class=\"url\">").append(escape(url(target))).append("</td></tr>\n");
    }
    page.append("</tbody>\n</table>\n");
  }

  /** "340 ms", "4.2 s", "3 min 05 s", "1 h 02 min". */
  static String duration(long millis) {
    if (millis < 1_000) {
      return millis + " ms";
    }
    if (millis < 60_000) {
      return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }
    long seconds = millis / 1000;
    if (seconds < 3600) {
      return String.format(Locale.ROOT, "%d min %02d s", seconds / 60, seconds % 60);
    }
    return String.format(Locale.ROOT, "%d h %02d min", seconds / 3600, seconds % 3600 / 60);
  }

  /** The URL, with any password taken out once more (the report's URLs should hold none already). */
  private static String url(FleetTargetResult target) {
    return DatabaseUrl.redact(target.url());
  }

  private static String state(FleetTargetState state) {
    List<String> parts = new ArrayList<>();
    parts.add(state.pending() + " pending");
    if (!state.edited().isEmpty()) {
      parts.add("edited: " + escape(String.join(", ", state.edited())));
    }
    if (!state.missing().isEmpty()) {
      parts.add("missing: " + escape(String.join(", ", state.missing())));
    }
    if (!state.unresolved().isEmpty()) {
      parts.add("unresolved: " + escape(String.join(", ", state.unresolved())));
    }
    state.drift().ifPresent(drift -> parts.add(drift ? "<b>drift</b>" : "no drift"));
    state.driftNotChecked().ifPresent(why -> parts.add("drift not checked: " + escape(why)));
    String text = String.join(" · ", parts);
    if (!state.driftDifferences().isEmpty()) {
      StringBuilder list = new StringBuilder("<ul class=\"drift\">");
      state.driftDifferences().forEach(d -> list.append("<li><code>").append(escape(d)).append("</code></li>"));
      text += list.append("</ul>");
    }
    return text;
  }

  private static void fact(StringBuilder page, String term, String html) {
    if (!html.isEmpty()) {
      page.append("<dt>").append(term).append("</dt><dd>").append(html).append("</dd>\n");
    }
  }

  private static String badge(FleetTargetStatus status) {
    return "<span class=\"badge\">" + status.label() + "</span>";
  }

  private static String revisions(List<String> ids) {
    return ids.isEmpty() ? "<span class=\"none\">none</span>" : code(String.join(", ", ids));
  }

  private static String code(String text) {
    return text.isEmpty() ? "" : "<code>" + escape(text) + "</code>";
  }
}
