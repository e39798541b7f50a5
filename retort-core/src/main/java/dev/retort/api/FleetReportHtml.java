package dev.retort.api;

import dev.retort.report.Html;

/** A fleet report as one self-contained HTML page. */
final class FleetReportHtml {
  private FleetReportHtml() {}

  static String toHtml(FleetReport report) {
    return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>retort fleet "
        + Html.escape(report.command()) + "</title></head><body><pre>"
        + Html.escape(FleetReportJsonWriter.toJson(report)) + "</pre></body></html>\n";
  }
}
