package dev.retort.api;

import static dev.retort.api.FleetReportFixtures.failed;
import static dev.retort.api.FleetReportFixtures.target;
import static dev.retort.api.FleetReportFixtures.unreachable;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The HTML page of a fleet report, read as text (FleetReportBrowserTest renders it in Chromium). */
class FleetReportHtmlTest {
  private static final String EVIL = "<script>window.pwned=1</script>";

  private static FleetReport fleet(int unchanged) {
    List<FleetTargetResult> targets = new ArrayList<>();
    for (int i = 0; i < unchanged; i++) {
      targets.add(target("tenant-" + i, FleetTargetStatus.UNCHANGED));
    }
    targets.add(failed("globex", "RT-V004", "relation \"orders\" already exists",
        "CREATE TABLE orders (id int CHECK (id < 10 && id > 0));"));
    targets.add(unreachable("initech"));
    targets.add(target("acme", FleetTargetStatus.UPGRADED));
    return new FleetReport("upgrade", "heads", "", Instant.parse("2026-12-07T09:30:00Z"), 65_000, targets);
  }

  @Test
  void page_isSelfContained_noScriptNoOutsideResource() {
    String html = FleetReports.toHtml(fleet(3));

    assertThat(html).startsWith("<!DOCTYPE html>").contains("<style>")
        .doesNotContain("<script").doesNotContain("<link").doesNotContain("src=").doesNotContain("http://")
        .doesNotContain("https://").contains("Content-Security-Policy");
  }

  @Test
  void page_escapesEveryTextFromTheReport() {
    FleetFailure failure = new FleetFailure(Optional.of(EVIL), EVIL, Optional.of(EVIL), Optional.of(EVIL),
        java.util.OptionalInt.of(3), Optional.of(EVIL), Optional.of(EVIL));
    FleetTargetResult evil = new FleetTargetResult(EVIL, EVIL, List.of(EVIL), "sqlite:" + EVIL, Optional.of(EVIL),
        FleetTargetStatus.FAILED, List.of(EVIL), List.of(EVIL), 1, Optional.of(failure), Optional.empty());
    FleetTargetResult evilRow = new FleetTargetResult(EVIL + "-row", EVIL, List.of(EVIL), "sqlite:" + EVIL,
        Optional.of(EVIL), FleetTargetStatus.UNCHANGED, List.of(EVIL), List.of(EVIL), 1, Optional.empty(),
        Optional.of(new FleetTargetState(1, List.of(EVIL), List.of(EVIL), List.of(EVIL), Optional.empty())
            .withDrift(List.of("- index " + EVIL))));
    FleetReport report = new FleetReport(EVIL, EVIL, EVIL, Instant.parse("2026-12-07T09:30:00Z"), 1,
        List.of(evil, evilRow));

    String html = FleetReports.toHtml(report);

    assertThat(html).doesNotContain("<script").contains("&lt;script&gt;window.pwned=1&lt;/script&gt;");
  }

  @Test
  void page_failuresComeFirstAndOutsideAnyFoldedPart() {
    String html = FleetReports.toHtml(fleet(1000));

    int failedGroup = html.indexOf("id=\"group-failed\"");
    int unreachableGroup = html.indexOf("id=\"group-unreachable\"");
    int changedGroup = html.indexOf("id=\"group-changed\"");
    int unchangedGroup = html.indexOf("id=\"group-unchanged\"");
    assertThat(failedGroup).isPositive().isLessThan(unreachableGroup);
    assertThat(unreachableGroup).isLessThan(changedGroup);
    assertThat(changedGroup).isLessThan(unchangedGroup);
    String beforeFirstFold = html.substring(0, html.indexOf("<details"));
    assertThat(beforeFirstFold).contains("id=\"group-failed\"").contains("id=\"group-unreachable\"")
        .contains("RT-V004").contains("CREATE TABLE orders (id int CHECK (id &lt; 10 &amp;&amp; id &gt; 0));")
        .contains("migrations/versions/b2c3d4e5f6a7_add_orders.sql:12").contains("RT-D002");
  }

  @Test
  void page_aThousandUnchangedTargets_areFoldedWithAGist() {
    String html = FleetReports.toHtml(fleet(1000));

    Matcher unchanged = Pattern.compile("<details class=\"group\" id=\"group-unchanged\"( open)?>\\s*<summary>(.*?)"
        + "</summary>").matcher(html);
    assertThat(unchanged.find()).isTrue();
    assertThat(unchanged.group(1)).as("the 1,000 unchanged targets start folded").isNull();
    assertThat(unchanged.group(2)).contains("1,000").contains("all at a1");
    assertThat(html).containsPattern("<details class=\"group\" id=\"group-changed\" open>");
  }

  @Test
  void page_headerCountsEveryStatusPresentAndTitleNamesTheFailures() {
    String html = FleetReports.toHtml(fleet(1000));

    assertThat(html).contains("<title>retort fleet upgrade heads: 1 failed, 1 unreachable of 1,003 targets</title>")
        .contains("<b>1,000</b> unchanged").contains("<b>1</b> failed").contains("<b>1</b> upgraded")
        .doesNotContain("</b> skipped").contains("took 1 min 05 s").contains("2026-12-07 09:30:00 UTC");
  }

  @Test
  void page_neverShowsAPasswordLeftInAUrl() {
    FleetTargetResult leaky = new FleetTargetResult("acme", "all", List.of(), "postgresql://app:s3cret@db/acme",
        Optional.empty(), FleetTargetStatus.UNREACHABLE, List.of(), List.of(), 1, Optional.empty(), Optional.empty());
    FleetTargetResult leakyRow = new FleetTargetResult("globex", "all", List.of(),
        "postgresql://db/globex?user=app&password=s3cret", Optional.empty(), FleetTargetStatus.UNCHANGED, List.of(),
        List.of(), 1, Optional.empty(), Optional.empty());

    String html = FleetReports.toHtml(new FleetReport("upgrade", "heads", "", Instant.EPOCH, 1,
        List.of(leaky, leakyRow)));

    assertThat(html).doesNotContain("s3cret").contains("postgresql://app:***@db/acme");
  }

  @Test
  void page_manyUnreachableTargets_areATableThatIsNeverFolded() {
    List<FleetTargetResult> targets = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      targets.add(unreachable("down-" + i));
    }
    targets.add(target("acme", FleetTargetStatus.UNCHANGED));

    String html = FleetReports.toHtml(new FleetReport("upgrade", "heads", "", Instant.EPOCH, 1, targets));

    String unreachable = html.substring(html.indexOf("id=\"group-unreachable\""), html.indexOf("</section>"));
    assertThat(unreachable).doesNotContain("<details").doesNotContain("<article").contains("<th>error</th>")
        .contains("down-0").contains("down-59");
    assertThat(unreachable.split("RT-D002", -1)).hasSize(61);
    assertThat(FleetReports.toHtml(new FleetReport("upgrade", "heads", "", Instant.EPOCH, 1, targets.subList(0, 50))))
        .as("up to 50 failures are cards").contains("<article");
  }
}
