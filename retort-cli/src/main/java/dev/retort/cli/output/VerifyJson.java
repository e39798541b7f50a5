package dev.retort.cli.output;

import dev.retort.api.VerifiedRevision;
import dev.retort.api.VerifyCheck;
import dev.retort.api.VerifyOutcome;
import dev.retort.api.VerifyResult;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * {@code verify --json}: one object with {@code passed}, {@code database}, {@code revisions} (each
 * {@code id}, {@code message}, {@code path}, {@code outcome} and its {@code checks}) and {@code
 * checks} (heads, base, schema). A check is {@code name}, {@code outcome} ({@code passed}, {@code
 * failed}, {@code skipped}, {@code not_run}), {@code message}, {@code details}.
 */
public final class VerifyJson {
  public void write(PrintWriter out, VerifyResult result) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("passed", result.passed());
    root.put("database", result.database());
    root.put("revisions", result.revisions().stream().map(VerifyJson::revision).toList());
    root.put("checks", result.checks().stream().map(VerifyJson::check).toList());
    new RevisionJson().write(out, root);
    out.flush();
  }

  private static Map<String, Object> revision(VerifiedRevision r) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("id", r.revision().id());
    map.put("message", r.revision().message());
    map.put("path", ShownPath.of(r.revision()));
    map.put("outcome", outcome(r.outcome()));
    map.put("checks", r.checks().stream().map(VerifyJson::check).toList());
    return map;
  }

  private static Map<String, Object> check(VerifyCheck c) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("name", c.name());
    map.put("outcome", outcome(c.outcome()));
    map.put("message", c.message());
    map.put("details", c.details());
    return map;
  }

  private static String outcome(VerifyOutcome outcome) {
    return outcome.name().toLowerCase(Locale.ROOT);
  }
}
