package dev.retort.api;

import java.util.List;

/**
 * {@code verify}'s result as JUnit XML ({@code retort verify --junit FILE}), the report format CI
 * servers show as tests: a suite {@code retort verify: revisions} with one test case per revision
 * (a failed check is its {@code <failure>}, a revision not reached is {@code <skipped>}), and a
 * suite {@code retort verify: project} with the heads, base and schema checks.
 */
public final class VerifyJunit {
  private VerifyJunit() {}

  /**
   * Writes the XML document for {@code result} to {@code file} (UTF-8), replacing it.
   *
   * @throws dev.retort.error.RetortException RT-T003 when the file cannot be written
   */
  public static void write(VerifyResult result, java.nio.file.Path file) {
    try {
      java.nio.file.Files.writeString(file, toXml(result));
    } catch (java.io.IOException e) {
      throw dev.retort.verify.VerifyException.unwritable(file, e);
    }
  }

  /**
   * Checks, before a long run, that {@code file} can be written: its folder exists and is
   * writable, and it is not a folder itself.
   *
   * @throws dev.retort.error.RetortException RT-T003 when it cannot be
   */
  public static void requireWritable(java.nio.file.Path file) {
    java.nio.file.Path folder = file.toAbsolutePath().getParent();
    if (java.nio.file.Files.isDirectory(file)) {
      throw dev.retort.verify.VerifyException.unwritable(file, new java.io.IOException("it is a folder"));
    }
    if (folder == null || !java.nio.file.Files.isDirectory(folder)) {
      throw dev.retort.verify.VerifyException.unwritable(file, new java.io.IOException("its folder " + folder
          + " does not exist"));
    }
    if (!java.nio.file.Files.isWritable(folder)) {
      throw dev.retort.verify.VerifyException.unwritable(file, new java.io.IOException("its folder " + folder
          + " is not writable"));
    }
  }

  /** The XML document for {@code result}. */
  public static String toXml(VerifyResult result) {
    List<Case> revisions = result.revisions().stream()
        .map(r -> new Case(r.revision().id() + " " + r.revision().message(), r.outcome(), r.failure()
            .or(() -> r.checks().stream().filter(c -> c.outcome() != VerifyOutcome.PASSED).findFirst())))
        .toList();
    List<Case> project = result.checks().stream()
        .map(c -> new Case(c.name(), c.outcome(), java.util.Optional.of(c)))
        .toList();
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    xml.append("<testsuites name=\"retort verify\"").append(counts(revisions, project)).append(">\n");
    suite(xml, "retort verify: revisions", "retort.verify.revisions", revisions);
    suite(xml, "retort verify: project", "retort.verify.project", project);
    return xml.append("</testsuites>\n").toString();
  }

  /** One test case: its name, outcome, and the check that explains a failure or a skip. */
  private record Case(String name, VerifyOutcome outcome, java.util.Optional<VerifyCheck> check) {}

  private static void suite(StringBuilder xml, String name, String className, List<Case> cases) {
    xml.append("  <testsuite name=\"").append(escape(name)).append('"').append(counts(cases)).append(">\n");
    for (Case c : cases) {
      xml.append("    <testcase classname=\"").append(className).append("\" name=\"").append(escape(c.name()))
          .append('"');
      if (c.outcome() == VerifyOutcome.PASSED) {
        xml.append("/>\n");
        continue;
      }
      xml.append(">\n");
      VerifyCheck check = c.check().orElse(new VerifyCheck("", c.outcome(), "", List.of()));
      if (c.outcome() == VerifyOutcome.FAILED) {
        xml.append("      <failure type=\"").append(escape(check.name())).append("\" message=\"")
            .append(escape(check.message())).append("\">").append(escape(body(check))).append("</failure>\n");
      } else {
        xml.append("      <skipped message=\"").append(escape(check.message())).append("\"/>\n");
      }
      xml.append("    </testcase>\n");
    }
    xml.append("  </testsuite>\n");
  }

  private static String body(VerifyCheck check) {
    StringBuilder text = new StringBuilder(check.name()).append(": ").append(check.message());
    check.details().forEach(line -> text.append('\n').append(line));
    return text.toString();
  }

  @SafeVarargs
  private static String counts(List<Case>... groups) {
    int tests = 0;
    int failures = 0;
    int skipped = 0;
    for (List<Case> cases : groups) {
      tests += cases.size();
      failures += (int) cases.stream().filter(c -> c.outcome() == VerifyOutcome.FAILED).count();
      skipped += (int) cases.stream()
          .filter(c -> c.outcome() == VerifyOutcome.SKIPPED || c.outcome() == VerifyOutcome.NOT_RUN).count();
    }
    return " tests=\"" + tests + "\" failures=\"" + failures + "\" errors=\"0\" skipped=\"" + skipped + "\"";
  }

  /** Text fit for an attribute or element: markup characters escaped, characters XML 1.0 forbids dropped. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().forEach(c -> {
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\n' -> out.append("&#10;");
        case '\t', '\r' -> out.append("&#").append(c).append(';');
        default -> {
          if (c >= 0x20 && c != 0xFFFE && c != 0xFFFF) {
            out.appendCodePoint(c);
          }
        }
      }
    });
    return out.toString();
  }
}
