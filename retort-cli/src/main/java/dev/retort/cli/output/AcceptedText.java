package dev.retort.cli.output;

import dev.retort.api.AcceptedRevision;
import java.io.PrintWriter;
import java.util.List;

/**
 * The lines {@code accept} and {@code repair} print: one per revision, {@code <id>  <old> -> <new>
 * <path>}, checksums shortened to 12 characters; a dry run says "would accept".
 */
public final class AcceptedText {
  private AcceptedText() {}

  /** Prints one line per accepted revision to {@code out}. */
  public static void print(PrintWriter out, List<AcceptedRevision> accepted, boolean dryRun) {
    for (AcceptedRevision a : accepted) {
      out.printf("%s %s  sha256:%s -> sha256:%s  %s%n", dryRun ? "would accept" : "accepted", a.revision().id(),
          shortSum(a.previousChecksum()), shortSum(a.newChecksum()), ShownPath.of(a.revision()));
    }
    out.flush();
  }

  private static String shortSum(String checksum) {
    return checksum.length() > 12 ? checksum.substring(0, 12) : checksum;
  }
}
