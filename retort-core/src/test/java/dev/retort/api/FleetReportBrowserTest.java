package dev.retort.api;

import static dev.retort.api.FleetReportFixtures.failed;
import static dev.retort.api.FleetReportFixtures.target;
import static dev.retort.api.FleetReportFixtures.unreachable;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML fleet report opened from disk in a real headless Chromium (issue 15): the page renders,
 * the failed target and its error are shown (not folded away), 300 unchanged targets are folded, and
 * a target named like a script shows as text and runs nothing.
 */
class FleetReportBrowserTest {
  private static final String EVIL_NAME = "<script>window.pwned=1;document.title='pwned'</script>";
  private static final String STATEMENT = "ALTER TABLE orders ADD COLUMN total numeric NOT NULL;";

  @TempDir static Path dir;

  private static Path chromium;
  private static HeadlessChromium browser;

  @BeforeAll
  static void openReport() throws Exception {
    chromium = HeadlessChromium.require();
    List<FleetTargetResult> targets = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      targets.add(target("tenant-" + i, FleetTargetStatus.UNCHANGED));
    }
    targets.add(150, failed("globex", "RT-V004", "column \"total\" of relation \"orders\" contains null values",
        STATEMENT));
    targets.add(unreachable("initech"));
    targets.add(target(EVIL_NAME, FleetTargetStatus.UPGRADED));
    Path page = dir.resolve("report/fleet.html");
    FleetReports.write(new FleetReport("upgrade", "heads", "", Instant.parse("2026-12-07T09:30:00Z"), 65_000,
        targets), page);
    browser = HeadlessChromium.open(chromium, page);
  }

  @AfterAll
  static void closeBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void report_rendersWithItsTitle() {
    assertThat(browser.evaluate("document.title").asText())
        .isEqualTo("retort fleet upgrade heads: 1 failed, 1 unreachable of 303 targets");
    assertThat(browser.evaluate("document.querySelector('h1').innerText").asText())
        .isEqualTo("retort fleet upgrade heads");
  }

  @Test
  void report_failedTargetAndItsErrorAreVisible() {
    String card = "[...document.querySelectorAll('article.target')].find(a => a.innerText.includes('globex'))";
    assertThat(browser.evaluate("!!" + card + ".checkVisibility()").asBoolean()).isTrue();
    assertThat(browser.evaluate(card + ".closest('details:not([open])') === null").asBoolean()).isTrue();
    assertThat(browser.evaluate(card + ".querySelector('pre.statement').checkVisibility()").asBoolean()).isTrue();
    String shown = browser.evaluate("document.body.innerText").asText();
    assertThat(shown).contains("globex").contains("RT-V004")
        .contains("column \"total\" of relation \"orders\" contains null values").contains(STATEMENT)
        .contains("migrations/versions/b2c3d4e5f6a7_add_orders.sql:12").contains("revision b2c3d4e5f6a7")
        .contains("initech").contains("RT-D002").contains("connection refused");
  }

  @Test
  void report_unchangedTargetsAreFoldedButPresent() {
    assertThat(browser.evaluate("document.getElementById('group-unchanged').open").asBoolean()).isFalse();
    assertThat(browser.evaluate("document.body.innerText").asText())
        .contains("Unchanged 300").doesNotContain("tenant-42");
    assertThat(browser.evaluate("document.getElementById('group-unchanged').textContent").asText())
        .contains("tenant-42").contains("tenant-299");
  }

  @Test
  void report_scriptInATargetNameIsTextAndRunsNothing() {
    assertThat(browser.evaluate("document.querySelectorAll('script').length").asInt()).isZero();
    assertThat(browser.evaluate("typeof window.pwned").asText()).isEqualTo("undefined");
    assertThat(browser.evaluate("document.title").asText()).doesNotContain("pwned");
    assertThat(browser.evaluate("document.body.innerText").asText()).contains(EVIL_NAME);
  }

  /** The check above can fail: the same questions about a page that does run the name as a script. */
  @Test
  void control_anUnescapedNameRunsAndIsCaught() throws Exception {
    Path unsafe = Files.writeString(dir.resolve("unsafe.html"),
        "<!DOCTYPE html><html><head><title>report</title></head><body><p>" + EVIL_NAME + "</p></body></html>");
    try (HeadlessChromium unsafePage = HeadlessChromium.open(chromium, unsafe)) {
      assertThat(unsafePage.evaluate("document.querySelectorAll('script').length").asInt()).isEqualTo(1);
      assertThat(unsafePage.evaluate("typeof window.pwned").asText()).isEqualTo("number");
      assertThat(unsafePage.evaluate("document.body.innerText").asText()).doesNotContain(EVIL_NAME);
    }
  }

  @Test
  void report_opensWithoutLoadingAnythingElse() {
    assertThat(browser.evaluate("performance.getEntriesByType('resource').length").asInt()).isZero();
    assertThat(browser.evaluate("document.styleSheets.length").asInt()).isEqualTo(1);
  }
}
